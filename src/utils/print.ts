/**
 * Print pages (`/print/<exam>/`, `/print/<category>/`) put many topics on one page. Each topic's
 * HTML is scoped to it: its ids get the topic's anchor as a prefix (`lambda--cold-starts`), so
 * every page's `#exam-tips` stays unique, and links follow: in-page `#fragments` to the prefixed
 * ids, and links to another topic on the same print page to its place in the document.
 */
import type { Element, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

export interface ScopeOptions {
  /** This topic's anchor on the print page (its section's id): `lambda`. */
  anchor: string;
  /** The anchor of every topic on the print page, by its site path (`/services/lambda/`). */
  anchors: ReadonlyMap<string, string>;
  /** Levels to move headings down: the topic's sections sit under the topic's own heading. */
  demote: number;
  /**
   * The id of the topic's title heading (before scoping). Its labelled sections (“Exam tips”) are
   * named after the topic too (“AWS Lambda Exam tips”), so each region's name stays unique on the page.
   */
  titleId: string;
}

/** Attributes that name other ids on the page (hast property names). */
const ID_LISTS = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'htmlFor', 'headers'] as const;

const scopedId = (anchor: string, id: string) => `${anchor}--${id}`;

/** Where a link goes on the print page: the scoped id for `#x`, the topic's anchor for a topic on the page, else as it was. */
export function printHref(href: string, { anchor, anchors }: Pick<ScopeOptions, 'anchor' | 'anchors'>): string {
  if (href.startsWith('#')) return href.length > 1 ? `#${scopedId(anchor, decodeURIComponent(href.slice(1)))}` : href;
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const url = new URL(href, 'http://site.invalid');
  const target = anchors.get(url.pathname);
  if (target === undefined || url.search) return href;
  return url.hash.length > 1 ? `#${scopedId(target, decodeURIComponent(url.hash.slice(1)))}` : `#${target}`;
}

function scopeProperties(properties: Properties, anchor: string) {
  if (typeof properties['id'] === 'string') properties['id'] = scopedId(anchor, properties['id']);
  for (const key of ID_LISTS) {
    const value = properties[key];
    if (Array.isArray(value) || typeof value === 'string') properties[key] = [value].flat().map((id) => scopedId(anchor, id));
  }
  // SVG drawings refer to their own markers and gradients as url(#id).
  for (const [key, value] of Object.entries(properties)) {
    if (typeof value === 'string' && value.includes('url(#')) {
      properties[key] = value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${scopedId(anchor, id)})`);
    }
  }
}

/** A topic's rendered HTML, ready to sit beside other topics on one print page. */
export function scopeTopicHtml(html: string, options: ScopeOptions): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (el: Element) => {
    scopeProperties(el.properties, options.anchor);
    if (typeof el.properties['href'] === 'string') el.properties['href'] = printHref(el.properties['href'], options);
    const title = scopedId(options.anchor, options.titleId);
    const labels = el.properties['ariaLabelledBy'];
    if (el.tagName === 'section' && Array.isArray(labels) && !labels.includes(title)) labels.unshift(title);
    const level = /^h([1-6])$/.exec(el.tagName);
    if (level) el.tagName = `h${Math.min(6, Number(level[1]) + options.demote)}`;
  });
  return toHtml(tree);
}

/** The anchor of a topic on a print page, from its site path: `/services/lambda/` is `lambda`. */
export function anchorOf(path: string): string {
  const slug = path.split('/').filter(Boolean).at(-1);
  if (!slug) throw new Error(`No topic slug in "${path}"`);
  return slug;
}

/** Each topic's anchor by its site path; two topics with one slug (a service and a comparison) would share an anchor, so that fails. */
export function printAnchors(paths: string[]): Map<string, string> {
  const anchors = new Map(paths.map((p) => [p, anchorOf(p)]));
  const seen = new Map<string, string>();
  for (const [p, anchor] of anchors) {
    const other = seen.get(anchor);
    if (other) throw new Error(`${other} and ${p} would share the anchor #${anchor} on a print page`);
    seen.set(anchor, p);
  }
  return anchors;
}
