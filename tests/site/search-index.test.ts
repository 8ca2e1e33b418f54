/**
 * Pagefind reads only the folders of searchable pages (utils/routes.ts), not every built file: a page
 * that asks to be indexed anywhere else would be missing from search without a word.
 */
import { describe, expect, it } from 'vitest';
import { SEARCHABLE_FOLDERS } from '../../src/utils/routes';
import { builtSite } from './built-site';

describe('search index', () => {
  const indexed = [...builtSite().values()].filter((page) => page.html.includes('data-pagefind-body')).map((page) => page.url);

  it('reads every page that has a data-pagefind-body', () => {
    const outside = indexed.filter((url) => !SEARCHABLE_FOLDERS.some((folder) => url.startsWith(`/${folder}/`)));
    expect(outside, 'add their folder to SEARCHABLE_FOLDERS in src/utils/routes.ts').toEqual([]);
  });

  it('covers topics and categories', () => {
    for (const url of ['/services/lambda/', '/compare/alb-vs-api-gateway/', '/concepts/disaster-recovery/', '/categories/compute/']) {
      expect(indexed).toContain(url);
    }
  });
});
