import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, DIST, resolveLink } from './built-site';

const site = builtSite();
const pages = [...site.values()];

describe('links in the built site', () => {
  it('every internal link and #fragment points at a page and an id that exist', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const href of page.links) {
        const target = resolveLink(href, page.url);
        if (!target) continue;
        const dest = site.get(target.url);
        // Links to files that are not pages (the change feed) only need the file.
        if (!dest && !target.fragment && /\.[a-z]+$/.test(target.url) && existsSync(path.join(DIST, target.url))) continue;
        if (!dest) broken.push(`${page.url}: ${href} (no such page)`);
        else if (target.fragment && !dest.ids.includes(target.fragment)) broken.push(`${page.url}: ${href} (no #${target.fragment} on ${target.url})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('no page repeats an id', () => {
    const duplicated = pages.flatMap((page) => {
      const seen = new Set<string>();
      return page.ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))).map((id) => `${page.url}: #${id}`);
    });
    expect(duplicated).toEqual([]);
  });

  it('every image, stylesheet, script and icon a page loads exists', () => {
    const missing = pages.flatMap((page) =>
      page.assets
        .map((src) => resolveLink(src, page.url))
        .filter((t): t is { url: string; fragment: string } => t !== null)
        .filter((t) => !existsSync(path.join(DIST, t.url)))
        .map((t) => `${page.url}: ${t.url}`),
    );
    expect(missing).toEqual([]);
  });

  it('no page is orphaned: every page can be reached from the home page by following links', () => {
    const reached = new Set(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      const page = site.get(queue.shift()!)!;
      for (const href of page.links) {
        const target = resolveLink(href, page.url);
        if (target && site.has(target.url) && !reached.has(target.url)) {
          reached.add(target.url);
          queue.push(target.url);
        }
      }
    }
    const orphans = [...site.keys()].filter((url) => !reached.has(url) && url !== '/404.html');
    expect(orphans).toEqual([]);
  });
});
