/**
 * Links people share point at ids, so ids must not change by accident. These snapshots hold the
 * section and row ids of a few pages (former ids included); a change shows up in review as a diff
 * to accept or undo. The failure message tells a writer what to do about an id that disappeared.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUTE_FOLDERS } from '../../src/utils/routes';
import { builtSite } from './built-site';

const PAGES = ['/services/lambda/', '/services/ec2-purchasing-options/', '/services/s3-storage-classes/', '/compare/alb-vs-api-gateway/'];

/** Ids of what a link can target in the article: headings and table rows, and the former ids they keep. */
const linkableIds = (html: string) => {
  const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
  return [...article.matchAll(/<(h[2-4]|tr)\b[^>]*\bid="([^"]+)"|<span id="([^"]+)" class="former-id">/g)].map((m) =>
    m[3] ? `former#${m[3]}` : `${m[1]}#${m[2]}`,
  );
};

/** `/services/lambda/` → `content/services/lambda.md` (or `.mdx`). */
const fileOf = (url: string) => {
  const [, folder, slug] = url.split('/');
  const collection = Object.entries(ROUTE_FOLDERS).find(([, f]) => f === folder)?.[0];
  const md = `content/${collection}/${slug}.md`;
  return existsSync(md) ? md : `${md}x`;
};

describe('stable ids', () => {
  for (const url of PAGES) {
    it(`${url} keeps its section and row ids`, () => {
      const page = builtSite().get(url);
      expect(page, `${url} was not built`).toBeDefined();
      expect(
        linkableIds(page!.html),
        `An id that disappeared breaks links already shared. If you renamed its heading or row, add it to ${fileOf(url)} ` +
          'as `formerIds: { <old id>: <new id> }`; then (or if you removed the section on purpose) accept the new ids with ' +
          '`npx vitest run tests/site -u` after `npm run build`.',
      ).toMatchSnapshot();
    });
  }
});
