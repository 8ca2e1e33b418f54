/**
 * The built sites as the site tests see them: each page's URL, HTML, element ids, links and the
 * files it loads. Parsing dist/ takes half a minute on a busy 2-core machine and Vitest runs each
 * test file in a worker of its own, so `parse-built-sites.ts`, the site tests' globalSetup, parses
 * once per run and every file reads the result from the JSON file it names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { FIXTURE_BASE, FIXTURE_DIST } from '../support/fixture-site';

export const DIST = path.resolve(import.meta.dirname, '../../dist');

/** Where each built site is, the sub-path it is served under, and the command that builds it. */
export const SITE_SOURCES = [
  { name: 'the guide', dist: DIST, base: '/', build: 'npm run build' },
  { name: 'the fixture site', dist: FIXTURE_DIST, base: FIXTURE_BASE, build: 'npm run build:fixture' },
] as const;

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
  /** The names printed after "Also known as:", or none. */
  alsoKnownAs: string[];
  /** What the page gives Pagefind to index in its `data-search-terms` attributes (never printed). */
  searchTerms: string[];
  /** The names and terms it gives Pagefind as metadata to rank by (components/SearchMeta.astro), as the dialog reads them. */
  searchMeta: string[];
}

/** What the globalSetup writes for each site: plain data, so it travels as JSON. */
export interface ParsedSite {
  name: string;
  dist: string;
  base: string;
  pages: BuiltPage[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The JSON file of the parsed sites (`ParsedSite[]`, in the order of SITE_SOURCES). */
    builtSites: string;
  }
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

const toSite = ({ name, dist, base, pages }: ParsedSite): Site => ({
  name,
  dist,
  base,
  pages: new Map(pages.map((page) => [page.url, page])),
  fileOf: (url) => (url.startsWith(base) ? path.join(dist, url.slice(base.length)) : undefined),
});

let sites: Site[] | undefined;
const loadSites = () => (sites ??= (JSON.parse(readFileSync(inject('builtSites'), 'utf8')) as ParsedSite[]).map(toSite));

/** The guide in dist/, served at the root. */
export const guideSite = () => loadSites()[0]!;

/** The fixture site in dist-fixture/, served under /guide/. */
export const fixtureSite = () => loadSites()[1]!;

/** Every page of the guide by URL. */
export const builtSite = () => guideSite().pages;

/** Resolves a link found on `from` to the page URL and fragment it points at; null for other hosts. */
export function resolveLink(href: string, from: string): { url: string; fragment: string } | null {
  const target = new URL(href, `http://site.invalid${from}`);
  if (target.host !== 'site.invalid') return null;
  return { url: target.pathname, fragment: decodeURIComponent(target.hash.slice(1)) };
}
