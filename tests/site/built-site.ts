/**
 * Reads the built site in `dist/` once, for the tests that check it as a whole:
 * each page's URL, HTML, element ids, links and the files it loads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export const DIST = path.resolve(import.meta.dirname, '../../dist');

export interface BuiltPage {
  /** The URL path the page is served at: "/services/ec2/", "/404.html". */
  url: string;
  html: string;
  /** Every id attribute, in document order (duplicates kept, so they can be found). */
  ids: string[];
  /** href of every <a>. */
  links: string[];
  /** Files the page loads: images, stylesheets, scripts, icons. */
  assets: string[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

const urlOfFile = (file: string) => {
  const rel = '/' + path.relative(DIST, file).split(path.sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
};

function readPage(file: string): BuiltPage {
  const html = readFileSync(file, 'utf8');
  const page: BuiltPage = { url: urlOfFile(file), html, ids: [], links: [], assets: [] };
  visit(fromHtml(html), 'element', (el: Element) => {
    const { id, href, src } = el.properties;
    if (typeof id === 'string') page.ids.push(id);
    if (el.tagName === 'a' && typeof href === 'string') page.links.push(href);
    if (el.tagName === 'link' && typeof href === 'string') page.assets.push(href);
    if ((el.tagName === 'img' || el.tagName === 'script') && typeof src === 'string') page.assets.push(src);
  });
  return page;
}

let site: Map<string, BuiltPage> | undefined;

/** Every built page by URL. Fails with a hint when the site has not been built. */
export function builtSite(): Map<string, BuiltPage> {
  if (!site) {
    if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('No built site in dist/: run `npm run build` first.');
    site = new Map(htmlFiles(DIST).map((file) => readPage(file)).map((page) => [page.url, page]));
  }
  return site;
}

/** Resolves a link found on `from` to the page URL and fragment it points at; null for other hosts. */
export function resolveLink(href: string, from: string): { url: string; fragment: string } | null {
  const target = new URL(href, `http://site.invalid${from}`);
  if (target.host !== 'site.invalid') return null;
  return { url: target.pathname, fragment: decodeURIComponent(target.hash.slice(1)) };
}
