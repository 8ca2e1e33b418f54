/**
 * Print pages (`/print/<exam>/`, `/print/<category>/`) put many topics on one page. Each topic's
 * HTML is scoped to it: its ids get the topic's anchor as a prefix (`lambda--cold-starts`), so
 * every page's `#exam-tips` stays unique, and links follow: in-page `#fragments` to the prefixed
 * ids, and links to another topic on the same print page to its place in the document.
 */
import type { Element } from 'hast';
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

/** Properties that name other ids on the page (hast's names of aria-labelledby, for, headers …). */
const ID_LISTS = new Set(['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'htmlFor', 'headers']);

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

const HEADING = /^h([1-6])$/;

/** A topic's rendered HTML, ready to sit beside other topics on one print page. */
export function scopeTopicHtml(html: string, options: ScopeOptions): string {
  const { anchor, demote } = options;
  const title = scopedId(anchor, options.titleId);
  const scopeIds = (ids: readonly (string | number)[]) => ids.map((id) => scopedId(anchor, String(id)));
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element) => {
    const { properties } = node;
    for (const [name, value] of Object.entries(properties)) {
      if (value === null || value === undefined || typeof value === 'boolean') continue;
      if (name === 'id') properties[name] = scopedId(anchor, String(value));
      else if (ID_LISTS.has(name)) {
        const ids = scopeIds(Array.isArray(value) ? value : String(value).split(/\s+/).filter(Boolean));
        // Regions are named after their topic too, so every topic's "Exam tips" has a name of its own.
        if (node.tagName === 'section' && name === 'ariaLabelledBy' && !ids.includes(title)) ids.unshift(title);
        properties[name] = ids;
      } else if (name === 'href' && typeof value === 'string') properties[name] = printHref(value, options);
      // SVG drawings refer to their own markers and gradients as url(#id).
      else if (typeof value === 'string' && value.includes('url(#')) {
        properties[name] = value.replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${scopedId(anchor, id)})`);
      }
    }
    const level = HEADING.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${Math.min(6, Number(level) + demote)}`;
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
