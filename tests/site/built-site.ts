/**
 * Reads the built site in `dist/` once, for the tests that check it as a whole:
 * each page's URL, HTML, element ids, links and the files it loads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { FIXTURE_BASE, FIXTURE_DIST } from '../support/fixture-site';

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
  /** For the pages Astro writes to forward a former address (`formerSlugs`): where they forward to. */
  redirectsTo?: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** The URL a file is served at: its path under `dist`, behind the site's `base`. */
const urlOfFile = (dist: string, base: string, file: string) => {
  const rel = base + path.relative(dist, file).split(path.sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
};

function readPage(dist: string, base: string, file: string): BuiltPage {
  const html = readFileSync(file, 'utf8');
  const page: BuiltPage = { url: urlOfFile(dist, base, file), html, ids: [], links: [], assets: [] };
  visit(fromHtml(html), 'element', (el: Element) => {
    const { id, href, src } = el.properties;
    if (typeof id === 'string') page.ids.push(id);
    if (el.tagName === 'a' && typeof href === 'string') page.links.push(href);
    if (el.tagName === 'link' && typeof href === 'string') page.assets.push(href);
    if ((el.tagName === 'img' || el.tagName === 'script') && typeof src === 'string') page.assets.push(src);
    if (el.tagName === 'meta' && el.properties['httpEquiv']?.toString() === 'refresh')
      page.redirectsTo = String(el.properties['content']).replace(/^\d+;url=/, '');
  });
  return page;
}

/** A built site: where its files are, the sub-path it is served under, and its pages by URL. */
export interface Site {
  name: string;
  dist: string;
  base: string;
  pages: Map<string, BuiltPage>;
  /** The file a URL of the site is served from, or undefined for a URL outside the site's base. */
  fileOf: (url: string) => string | undefined;
}

function loadSite(name: string, dist: string, base: string, build: string): Site {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`No built site in ${path.basename(dist)}/: run \`${build}\` first.`);
  const pages = new Map(
    htmlFiles(dist)
      .map((file) => readPage(dist, base, file))
      .map((page) => [page.url, page]),
  );
  const fileOf = (url: string) => (url.startsWith(base) ? path.join(dist, url.slice(base.length)) : undefined);
  return { name, dist, base, pages, fileOf };
}

const sites = new Map<string, Site>();
const once = (name: string, load: () => Site) => sites.get(name) ?? sites.set(name, load()).get(name)!;

/** The guide in dist/, served at the root. */
export const guideSite = () => once('the guide', () => loadSite('the guide', DIST, '/', 'npm run build'));

/** The fixture site in dist-fixture/, served under /guide/. */
export const fixtureSite = () => once('the fixture site', () => loadSite('the fixture site', FIXTURE_DIST, FIXTURE_BASE, 'npm run build:fixture'));

/** Every page of the guide by URL. Fails with a hint when the site has not been built. */
export const builtSite = () => guideSite().pages;

/** Resolves a link found on `from` to the page URL and fragment it points at; null for other hosts. */
export function resolveLink(href: string, from: string): { url: string; fragment: string } | null {
  const target = new URL(href, `http://site.invalid${from}`);
  if (target.host !== 'site.invalid') return null;
  return { url: target.pathname, fragment: decodeURIComponent(target.hash.slice(1)) };
}
