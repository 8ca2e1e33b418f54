/**
 * The Markdown pipeline, in one place: `astro.config.mjs` hands it to the unified processor
 * and the unit tests run Markdown through the very same list.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingLinks } from './rehype-heading-links';
import { rehypeTables } from './rehype-tables';

export const remarkPlugins: RemarkPlugins = [remarkGfm];

/** Order matters: ids first, then heading links, then tables (whose row ids avoid heading ids). */
export const rehypePlugins: RehypePlugins = [rehypeSlug, rehypeHeadingLinks, rehypeTables];
