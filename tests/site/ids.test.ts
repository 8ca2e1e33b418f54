/**
 * Links people share point at ids, so ids must not change by accident. These snapshots hold the
 * section and row ids of a few pages; a change shows up in review as a diff to accept or undo
 * (`npx vitest run tests/site -u` accepts it, after `npm run build`).
 */
import { describe, expect, it } from 'vitest';
import { builtSite } from './built-site';

const PAGES = ['/services/lambda/', '/services/ec2-purchasing-options/', '/services/s3-storage-classes/', '/compare/alb-vs-api-gateway/'];

/** Ids of what a link can target in the article: headings and table rows. */
const linkableIds = (html: string) => {
  const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
  return [...article.matchAll(/<(h[2-4]|tr)\b[^>]*\bid="([^"]+)"/g)].map((m) => `${m[1]}#${m[2]}`);
};

describe('stable ids', () => {
  for (const url of PAGES) {
    it(`${url} keeps its section and row ids`, () => {
      const page = builtSite().get(url);
      expect(page, `${url} was not built`).toBeDefined();
      expect(linkableIds(page!.html)).toMatchSnapshot();
    });
  }
});
