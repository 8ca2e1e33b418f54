import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTopicAddresses, redirectsFor, type TopicAddress } from '../../src/utils/redirects';
import { TOPIC_COLLECTIONS } from '../../src/utils/routes';

const topic = (collection: TopicAddress['collection'], id: string, formerSlugs: string[] = []): TopicAddress => ({
  collection,
  id,
  file: `content/${collection}/${id}.mdx`,
  formerSlugs,
});

describe('redirects from former slugs', () => {
  it('sends each old address to the page, within its own collection', () => {
    expect(redirectsFor([topic('services', 'workspaces-applications', ['appstream']), topic('comparisons', 'ebs-vs-efs', ['efs-vs-ebs'])])).toEqual({
      '/services/appstream/': '/services/workspaces-applications/',
      '/compare/efs-vs-ebs/': '/compare/ebs-vs-efs/',
    });
  });

  it('refuses an old address that is still a page, or that two pages claim, listing every problem', () => {
    const attempt = () =>
      redirectsFor([topic('services', 'a', ['b']), topic('services', 'b'), topic('services', 'c', ['old']), topic('services', 'd', ['old'])]);
    expect(attempt).toThrow(
      [
        'Former addresses that cannot redirect:',
        '  content/services/a.mdx: formerSlugs lists "b", which is the current address of content/services/b.mdx; remove it from one of them.',
        '  content/services/d.mdx: formerSlugs lists "old", which content/services/c.mdx lists too; an old address can lead to one page only.',
      ].join('\n'),
    );
  });
});

describe('former slugs read from the content folder', () => {
  let content: string;
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(content, file)), { recursive: true });
    await writeFile(path.join(content, file), text);
  };
  // Files are named as the build names them: from the working directory, which is the project's root there.
  const named = (file: string) => path.relative(process.cwd(), path.join(content, file));

  beforeEach(async () => {
    content = await mkdtemp(path.join(tmpdir(), 'former-slugs-'));
    for (const collection of TOPIC_COLLECTIONS) await mkdir(path.join(content, collection));
    await write('services/alpha.md', '---\nname: Alpha\nformerSlugs: [alfa, alpha-old]\n---\n\nBody that mentions formerSlugs: [ignored].\n');
    await write('services/beta.mdx', '---\nname: Beta\n---\n\nBody.\n');
    await write('comparisons/alpha-vs-beta.md', '---\ntitle: Alpha vs Beta\nformerSlugs: [beta-vs-alpha]\n---\n');
    await write('services/notes.txt', 'formerSlugs: [not-a-page]\n');
  });
  afterEach(() => rm(content, { recursive: true, force: true }));

  it('reads each Markdown and MDX topic’s former slugs from its frontmatter, and redirects them', () => {
    const topics = readTopicAddresses(content);
    expect(topics).toEqual(
      expect.arrayContaining([
        { collection: 'services', id: 'alpha', file: named('services/alpha.md'), formerSlugs: ['alfa', 'alpha-old'] },
        { collection: 'services', id: 'beta', file: named('services/beta.mdx'), formerSlugs: [] },
        { collection: 'comparisons', id: 'alpha-vs-beta', file: named('comparisons/alpha-vs-beta.md'), formerSlugs: ['beta-vs-alpha'] },
      ]),
    );
    expect(topics).toHaveLength(3);
    expect(redirectsFor(topics)).toEqual({
      '/services/alfa/': '/services/alpha/',
      '/services/alpha-old/': '/services/alpha/',
      '/compare/beta-vs-alpha/': '/compare/alpha-vs-beta/',
    });
  });

  it('names both files when a former slug is another page’s address', async () => {
    await write('services/beta.mdx', '---\nname: Beta\nformerSlugs: [alpha]\n---\n');
    expect(() => redirectsFor(readTopicAddresses(content))).toThrow(
      `${named('services/beta.mdx')}: formerSlugs lists "alpha", which is the current address of ${named('services/alpha.md')}; remove it from one of them.`,
    );
  });
});
