import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { fixtureSite, guideSite } from './built-site';

// Rules and the reasons for each exception are in .htmlvalidate.json.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each([guideSite(), fixtureSite()])('HTML of every page of $name', (site) => {
  // Redirect pages are Astro's own minimal documents; the link check follows them.
  for (const page of [...site.pages.values()].filter((p) => !p.redirectsTo)) {
    // An exam's print page holds every topic of the exam (2 MB): seconds to check, a minute on a busy machine.
    it(`${page.url} is valid`, async () => {
      // The file name only tells the loader where to look for .htmlvalidate.json: the project root.
      const report = await validator.validateString(page.html, `page${page.url.replaceAll('/', '_')}.html`);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    }, 180_000);
  }
});
