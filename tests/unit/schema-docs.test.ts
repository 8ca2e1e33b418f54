/**
 * Every field of every collection's schema says what it is for: the `.describe()` text is the
 * writer's reference (README, "Adding a service"), so a field without one is undocumented.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { categorySchema, comparisonSchema, conceptSchema, examSchema, glossaryTermSchema, questionSetSchema, serviceSchema } from '../../src/schemas';

/** Looks through the wrappers (optional, default, array, refinements) to an object schema, if any. */
function objectInside(schema: z.ZodType): z.ZodObject | undefined {
  if (schema instanceof z.ZodObject) return schema;
  if (schema instanceof z.ZodArray) return objectInside(schema.element as z.ZodType);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) return objectInside(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return objectInside(schema.in as z.ZodType);
  return undefined;
}

/** Paths of the fields, nested ones included, that have no description. */
function undocumented(schema: z.ZodObject, prefix = ''): string[] {
  return Object.entries(schema.shape).flatMap(([key, field]) => {
    const path = `${prefix}${key}`;
    const nested = objectInside(field as z.ZodType);
    return [...((field as z.ZodType).description ? [] : [path]), ...(nested ? undocumented(nested, `${path}.`) : [])];
  });
}

describe('schema documentation', () => {
  it.each([
    ['services', serviceSchema],
    ['comparisons', comparisonSchema],
    ['concepts', conceptSchema],
    ['categories', categorySchema],
    ['exams', examSchema],
    ['questions', questionSetSchema],
    ['glossary', glossaryTermSchema],
  ] as const)('every field of %s is described', (_, schema) => {
    expect(undocumented(schema)).toEqual([]);
  });
});
