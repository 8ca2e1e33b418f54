import type { Element } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

/**
 * The icon inside "link to this section/row" anchors: an empty span that CSS paints
 * (see `.anchor-icon`), so each of the many anchors on a page costs a few bytes.
 * Hidden from assistive tech: the link carries the label.
 */
export const anchorIcon = () => h('span', { className: ['anchor-icon'], ariaHidden: 'true' });

export type AnchorKind = 'section' | 'row' | 'diagram';

/** The properties of a "link to this section/row" anchor; the copy-link script finds it by its class. */
export const anchorProperties = (kind: AnchorKind, label: string) => ({
  className: ['anchor-link'],
  ariaLabel: `Link to ${kind}: ${label}`,
});

/** A complete anchor to `#id`, as used for table rows, diagrams and the sections the page itself adds. */
export const anchorLink = (kind: AnchorKind, id: string, label: string): Element =>
  h('a', { ...anchorProperties(kind, label), href: `#${id}` }, [anchorIcon()]);

/** The same anchor as HTML, for Astro components. */
export const anchorLinkHtml = (kind: AnchorKind, id: string, label: string) => toHtml(anchorLink(kind, id, label));

/**
 * The element that holds a heading and its link side by side. The link is the heading's sibling, not
 * its child, so the heading's accessible name is its text alone ("Cold starts", not "Cold starts Link
 * to section: Cold starts").
 */
export const headingWrapper = () => h('div', { className: ['heading-wrapper'] });

/**
 * A row header holds the row's link (a table cell can hold nothing else), so its accessible name is
 * given as the label alone; the link keeps its own name.
 */
export const rowHeaderProperties = (label: string) => ({ scope: 'row', ariaLabel: label });
