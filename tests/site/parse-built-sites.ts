/**
 * The site tests' globalSetup: parses every page of the built sites once per run, in Vitest's main
 * process, and writes what the tests look at to a JSON file that each test file reads (built-site.ts).
 * Stops the run with a hint when a site has not been built.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { TestProject } from 'vitest/node';
import { splitNames } from '../../src/utils/search-names';
import { SITE_SOURCES, type BuiltPage, type ParsedSite } from './built-site';

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

const ALSO_KNOWN_AS = 'Also known as:';

function readPage(dist: string, base: string, file: string): BuiltPage {
  const html = readFileSync(file, 'utf8');
  const page: BuiltPage = { url: urlOfFile(dist, base, file), html, ids: [], links: [], assets: [], alsoKnownAs: [], searchTerms: [], searchMeta: [] };
  visit(fromHtml(html), 'element', (el: Element) => {
    const { id, href, src, dataSearchTerms, dataNames, dataTerms } = el.properties;
    if (typeof id === 'string') page.ids.push(id);
    if (el.tagName === 'a' && typeof href === 'string') page.links.push(href);
    if (el.tagName === 'link' && typeof href === 'string') page.assets.push(href);
    if ((el.tagName === 'img' || el.tagName === 'script') && typeof src === 'string') page.assets.push(src);
    if (el.tagName === 'meta' && el.properties['httpEquiv']?.toString() === 'refresh')
      page.redirectsTo = String(el.properties['content']).replace(/^\d+;url=/, '');
    if (typeof dataSearchTerms === 'string') page.searchTerms.push(...dataSearchTerms.split(', '));
    for (const meta of [dataNames, dataTerms]) if (typeof meta === 'string') page.searchMeta.push(...splitNames(meta));
    if (el.tagName === 'p') {
      const text = toString(el);
      if (text.startsWith(ALSO_KNOWN_AS))
        page.alsoKnownAs = text
          .slice(ALSO_KNOWN_AS.length)
          .split(',')
          .map((name) => name.trim());
    }
  });
  return page;
}

function readSite({ name, dist, base, build }: (typeof SITE_SOURCES)[number]): ParsedSite {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`No built site in ${path.basename(dist)}/: run \`${build}\` first.`);
  return { name, dist, base, pages: htmlFiles(dist).map((file) => readPage(dist, base, file)) };
}

export default async function parseBuiltSites(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), 'built-sites-'));
  const file = path.join(dir, 'sites.json');
  await writeFile(file, JSON.stringify(SITE_SOURCES.map(readSite)));
  project.provide('builtSites', file);
  return () => rm(dir, { recursive: true, force: true });
}
