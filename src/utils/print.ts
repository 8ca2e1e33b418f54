/**
 * Print pages (`/print/<exam>/`, `/print/<category>/`) put many topics on one page. Each topic's
 * HTML is scoped to it: its ids get the topic's anchor as a prefix (`lambda--cold-starts`), so
 * every page's `#exam-tips` stays unique, and links follow: in-page `#fragments` to the prefixed
 * ids, and links to another topic on the same print page to its place in the document.
 */

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

/** Attributes that name other ids on the page. */
const ID_LISTS = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for', 'headers']);

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

/**
 * A start tag and its attributes, as Astro and hast-util-to-html print them: values in double
 * quotes, `&` and `"` escaped. The HTML is ours, so no parser is needed: a topic's HTML went through
 * one already, and parsing it again took most of a print page's time.
 */
const START_TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)(\s*\/?)>/g;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:="([^"]*)")?/g;
const HEADING_END = /<\/h([1-6])>/g;

const unescape = (value: string) => value.replaceAll('&quot;', '"').replaceAll('&#x22;', '"').replaceAll('&amp;', '&');
const escape = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** A topic's rendered HTML, ready to sit beside other topics on one print page. */
export function scopeTopicHtml(html: string, options: ScopeOptions): string {
  const { anchor, demote } = options;
  const title = scopedId(anchor, options.titleId);
  const headingLevel = (level: string) => Math.min(6, Number(level) + demote);
  const scoped = html.replace(START_TAG, (_, tag: string, attributes: string, end: string) => {
    const rewritten = attributes.replace(ATTRIBUTE, (whole, space: string, name: string, raw: string | undefined) => {
      if (raw === undefined) return whole;
      const key = name.toLowerCase();
      const value = unescape(raw);
      let next = value;
      if (key === 'id') next = scopedId(anchor, value);
      else if (ID_LISTS.has(key)) {
        const ids = value
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => scopedId(anchor, id));
        // Regions are named after their topic too, so every topic's "Exam tips" has a name of its own.
        if (tag === 'section' && key === 'aria-labelledby' && !ids.includes(title)) ids.unshift(title);
        next = ids.join(' ');
      } else if (key === 'href') next = printHref(value, options);
      // SVG drawings refer to their own markers and gradients as url(#id).
      else if (value.includes('url(#')) next = value.replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${scopedId(anchor, id)})`);
      return next === value ? whole : `${space}${name}="${escape(next)}"`;
    });
    const level = /^h([1-6])$/i.exec(tag)?.[1];
    return `<${level ? `h${headingLevel(level)}` : tag}${rewritten}${end}>`;
  });
  return scoped.replace(HEADING_END, (_, level: string) => `</h${headingLevel(level)}>`);
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
