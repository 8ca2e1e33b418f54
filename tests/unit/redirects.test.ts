import { describe, expect, it } from 'vitest';
import { redirectsFor, type TopicAddress } from '../../src/utils/redirects';

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
