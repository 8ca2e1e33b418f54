import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { fixtureSite, guideSite, type BuiltPage } from './built-site';

// Rules and the reasons for each exception are in .htmlvalidate.json.
const validator = new HtmlValidate(new FileSystemConfigLoader());

/**
 * A print page is its topics' own pages, each validated on its own, one after another under a
 * contents list. One small print page proves that frame: the exams' two 2 MB ones took 66 of this
 * file's 91 s. This one is the smallest with several topics, a comparison and tables.
 * (The fixture site's print pages, under /guide/print/, are small and all validated.)
 */
const GUIDE_PRINT_PAGE = '/print/end-user-computing/';

// Redirect pages are Astro's own minimal documents; the link check follows them.
const validated = (page: BuiltPage) => !page.redirectsTo && (!page.url.startsWith('/print/') || page.url === GUIDE_PRINT_PAGE);

it(`the guide still has its sample print page, ${GUIDE_PRINT_PAGE}`, () => {
  expect(guideSite().pages.has(GUIDE_PRINT_PAGE)).toBe(true);
});

describe.each([guideSite(), fixtureSite()])('HTML of every page of $name', (site) => {
  for (const page of [...site.pages.values()].filter(validated)) {
    it(`${page.url} is valid`, async () => {
      // The file name only tells the loader where to look for .htmlvalidate.json: the project root.
      const report = await validator.validateString(page.html, `page${page.url.replaceAll('/', '_')}.html`);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});
