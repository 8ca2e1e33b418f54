/**
 * Every diagram on the built sites (```diagram fences, plugins/rehype-diagrams.ts), one test each, named
 * by page, id and caption, so the run lists them all: each must have its id, a caption naming the
 * drawing, a description in words that the drawing points to, and an SVG of at most 20 KiB gzip
 * (issue 28's budget). Search must find a diagram by its caption and description.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { GUIDE_DIAGRAMS } from '../support/guide-diagrams';
import { DIST, fixtureSite, guideSite, type Site } from './built-site';

const SVG_BUDGET = 20 * 1024;

interface Diagram {
  url: string;
  id: string;
  caption: string;
  description: string;
  /** The ids the drawing is named and described by, and whether the page has elements with them. */
  labelledBy: string;
  describedBy: string;
  ids: Set<string>;
  svg: Element | undefined;
  /** The frame that scrolls: focusable and named, so keyboards and screen readers can scroll it. */
  frame: Element | undefined;
  insideSearchBody: boolean;
}

const classes = (el: Element) => (Array.isArray(el.properties['className']) ? el.properties['className'].map(String) : []);
const child = (el: Element, test: (c: Element) => boolean) => el.children.find((c): c is Element => c.type === 'element' && test(c));

/** The diagrams of a site's reading pages (print pages repeat them, scoped; print.spec.ts covers those). */
function diagramsOf(site: Site): Diagram[] {
  const found: Diagram[] = [];
  for (const page of site.pages.values()) {
    if (page.url.includes('/print/') || !page.html.includes('class="diagram ')) continue;
    const tree = fromHtml(page.html);
    const byId = new Map<string, Element>();
    visit(tree, 'element', (el: Element) => {
      if (typeof el.properties['id'] === 'string') byId.set(el.properties['id'], el);
    });
    // Figures inside the article Pagefind reads (data-pagefind-body).
    const searchable = new Set<Element>();
    visit(tree, 'element', (article: Element) => {
      if (article.tagName !== 'article' || article.properties['dataPagefindBody'] === undefined) return;
      visit(article, 'element', (el: Element) => {
        if (el.tagName === 'figure') searchable.add(el);
      });
    });
    visit(tree, 'element', (el: Element) => {
      if (el.tagName !== 'figure' || !classes(el).includes('diagram')) return;
      const figcaption = child(el, (c) => c.tagName === 'figcaption');
      const captionSpan = figcaption && child(figcaption, (c) => c.tagName === 'span');
      const frame = child(el, (c) => classes(c).includes('diagram-frame'));
      const svg = frame && child(frame, (c) => c.tagName === 'svg');
      const description = child(el, (c) => classes(c).includes('diagram-description'));
      found.push({
        url: page.url,
        id: typeof el.properties['id'] === 'string' ? el.properties['id'] : '',
        caption: captionSpan ? toString(captionSpan).trim() : '',
        description: description ? toString(description).trim() : '',
        labelledBy: String(svg?.properties['ariaLabelledBy'] ?? ''),
        describedBy: String(svg?.properties['ariaDescribedBy'] ?? ''),
        ids: new Set(byId.keys()),
        svg,
        frame,
        insideSearchBody: searchable.has(el),
      });
    });
  }
  return found;
}

describe.each([guideSite(), fixtureSite()])('diagrams of $name', (site) => {
  const diagrams = diagramsOf(site);

  it('has diagrams', () => {
    expect(diagrams.length).toBeGreaterThan(0);
  });

  for (const d of diagrams) {
    it(`${d.url}#${d.id}: “${d.caption}”`, () => {
      expect(d.id, 'a diagram needs an id, for its link').toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(d.caption, 'a diagram needs a caption').not.toBe('');
      expect(d.description.length, 'a diagram needs a description of what it shows, in words').toBeGreaterThan(d.caption.length);
      expect(d.svg, 'the drawing sits in the figure’s frame').toBeDefined();
      expect(d.svg!.properties['role']).toBe('img');
      // Named by the caption and described by the description, both on the page.
      expect(d.labelledBy).not.toBe('');
      expect(d.describedBy).not.toBe('');
      expect(d.ids.has(d.labelledBy), `#${d.labelledBy} is on the page`).toBe(true);
      expect(d.ids.has(d.describedBy), `#${d.describedBy} is on the page`).toBe(true);
      expect(d.frame!.properties['tabIndex']).toBe(0);
      expect(d.frame!.properties['ariaLabelledBy']).toBeDefined();
      expect(d.insideSearchBody, 'the caption and description are in the article that search indexes').toBe(true);
      const gzip = gzipSync(toHtml(d.svg!), { level: 9 }).length;
      expect(gzip, `the SVG is ${(gzip / 1024).toFixed(1)} KiB gzip`).toBeLessThanOrEqual(SVG_BUDGET);
    });
  }
});

describe('diagrams of the guide', () => {
  const diagrams = diagramsOf(guideSite());

  it('include every diagram the guide is known to have', () => {
    const present = new Set(diagrams.map((d) => `${d.url}#${d.id}`));
    expect(GUIDE_DIAGRAMS.filter((target) => !present.has(target))).toEqual([]);
  });

  it('are found by search: Pagefind indexed each caption and description, and none of the drawings’ labels', () => {
    const fragments = readdirSync(path.join(DIST, 'pagefind/fragment')).map((file) =>
      gunzipSync(readFileSync(path.join(DIST, 'pagefind/fragment', file)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    );
    const indexed = new Map(fragments.map((text) => JSON.parse(text) as { url: string; content: string }).map((f) => [f.url, f.content]));
    for (const d of diagrams) {
      const content = indexed.get(d.url) ?? '';
      expect(content, d.url).toContain(d.caption);
      expect(content, d.url).toContain(d.description);
    }
    // The drawing's labels stay out of excerpts (its frame is data-pagefind-ignore): "NAT gateway A" is a VPC diagram label only.
    expect(indexed.get('/services/vpc/')).not.toContain('NAT gateway A');
  });
});
