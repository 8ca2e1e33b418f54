import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings, { type Options } from 'rehype-autolink-headings';
import { anchorIcon, anchorProperties, headingWrapper } from './anchor-link';

/**
 * Puts a "link to this section" anchor beside every h2-h4 that has an id, the two wrapped together
 * (see `headingWrapper` for why beside and not inside). The anchor is a plain link (works without
 * JavaScript); the copy-link script upgrades it. Its content is an icon with no text, so search
 * excerpts and the table of contents read the heading alone.
 */
export const headingLinksOptions: Options = {
  behavior: 'after',
  group: headingWrapper,
  test: ['h2', 'h3', 'h4'],
  properties: (heading: Readonly<Element>) => anchorProperties('section', toString(heading).trim()),
  content: anchorIcon,
};

export const rehypeHeadingLinks: [typeof rehypeAutolinkHeadings, Options] = [rehypeAutolinkHeadings, headingLinksOptions];
