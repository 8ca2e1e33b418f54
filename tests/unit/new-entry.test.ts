import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { comparisonSchema, conceptSchema, serviceSchema } from '../../src/schemas';
import { entryTemplate, slugFor, type EntryKind } from '../../src/utils/new-entry';

/** Frontmatter keys, the commented-out optional ones included. */
const keysOf = (template: string) => {
  const frontmatter = template.split('---\n')[1]!;
  const enabled = Object.keys(parse(frontmatter) as object);
  const optional = [...frontmatter.matchAll(/^# (\w+):/gm)].map((m) => m[1]!);
  return [...enabled, ...optional].sort();
};

describe('npm run new', () => {
  it.each([
    ['service', serviceSchema],
    ['comparison', comparisonSchema],
    ['concept', conceptSchema],
  ] as const)('a new %s has every field of its schema, and no other', (kind: EntryKind, schema) => {
    expect(keysOf(entryTemplate(kind, 'Amazon Example'))).toEqual(Object.keys(schema.shape).sort());
  });

  it('a new entry fails the schema until it is filled in, so placeholders cannot ship', () => {
    const data = parse(entryTemplate('concept', 'Example').split('---\n')[1]!) as object;
    const result = conceptSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['summary', 'sources.0.title', 'sources.0.url']));
  });

  it('names the file after the service without its vendor, and a comparison after both', () => {
    expect(slugFor('Amazon Simple Queue Service')).toBe('simple-queue-service');
    expect(slugFor('AWS Lambda')).toBe('lambda');
    expect(slugFor('Amazon EBS vs Amazon EFS')).toBe('ebs-vs-efs');
    expect(slugFor('Shared responsibility model')).toBe('shared-responsibility-model');
  });
});
