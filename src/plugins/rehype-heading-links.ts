import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings, { type Options } from 'rehype-autolink-headings';
import { anchorIcon, anchorProperties } from './anchor-link';

/**
 * Appends a "link to this section" anchor to every h2-h4 that has an id.
 * The anchor is a plain link (works without JavaScript); the copy-link script upgrades it.
 * Its content is an icon with no text, so the heading text (and the table of contents) stays clean.
 */
export const headingLinksOptions: Options = {
  behavior: 'append',
  test: ['h2', 'h3', 'h4'],
  properties: (heading: Readonly<Element>) => anchorProperties('section', toString(heading as Element).trim()),
  content: anchorIcon,
};

export const rehypeHeadingLinks: [typeof rehypeAutolinkHeadings, Options] = [rehypeAutolinkHeadings, headingLinksOptions];
