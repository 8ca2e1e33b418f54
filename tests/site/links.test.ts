import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureSite, guideSite, resolveLink } from './built-site';

// The fixture site is served under /guide/: its links resolving proves sub-path hosting.
describe.each([guideSite(), fixtureSite()])('links in $name', (site) => {
  const pages = [...site.pages.values()];
  const exists = (url: string) => {
    const file = site.fileOf(url);
    return file !== undefined && existsSync(file);
  };

  it('every internal link and #fragment points at a page and an id that exist', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const href of page.links) {
        const target = resolveLink(href, page.url);
        if (!target) continue;
        const dest = site.pages.get(target.url);
        // Links to files that are not pages (the change feed) only need the file.
        if (!dest && !target.fragment && /\.[a-z]+$/.test(target.url) && exists(target.url)) continue;
        if (!dest) broken.push(`${page.url}: ${href} (no such page)`);
        else if (target.fragment && !dest.ids.includes(target.fragment)) broken.push(`${page.url}: ${href} (no #${target.fragment} on ${target.url})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every former address forwards to a page that exists', () => {
    const redirects = pages.filter((p) => p.redirectsTo);
    expect(redirects.filter((p) => !site.pages.has(p.redirectsTo!)).map((p) => `${p.url} → ${p.redirectsTo}`)).toEqual([]);
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
        .filter((t) => !exists(t.url))
        .map((t) => `${page.url}: ${t.url}`),
    );
    expect(missing).toEqual([]);
  });

  it('no page is orphaned: every page can be reached from the home page by following links', () => {
    const reached = new Set([site.base]);
    const queue = [site.base];
    while (queue.length > 0) {
      const page = site.pages.get(queue.shift()!)!;
      for (const href of page.links) {
        const target = resolveLink(href, page.url);
        if (target && site.pages.has(target.url) && !reached.has(target.url)) {
          reached.add(target.url);
          queue.push(target.url);
        }
      }
    }
    // A former address is reached from links sent before the rename, not from the site.
    const orphans = [...site.pages.values()].filter((p) => !reached.has(p.url) && !p.redirectsTo && p.url !== `${site.base}404.html`).map((p) => p.url);
    expect(orphans).toEqual([]);
  });
});

// The fixture's Alpha lists `formerSlugs: [alfa]`: the one redirect the build must write.
it('writes a redirect from a former slug to the page, under the sub-path', () => {
  expect(fixtureSite().pages.get('/guide/services/alfa/')?.redirectsTo).toBe('/guide/services/alpha/');
});
