/**
 * The Markdown pipeline, in one place: `astro.config.mjs` hands `markdownProcessor` to Astro (which
 * uses it for every MDX entry) and the unit tests compile MDX with the very same plugin lists.
 */
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { rehypeBaseLinks } from './rehype-base-links';
import { rehypeCodeBlocks } from './rehype-code-blocks';
import { rehypeDiagrams } from './rehype-diagrams';
import { rehypeFormerIds } from './rehype-former-ids';
import { rehypeHeadingLinks } from './rehype-heading-links';
import { rehypePageIds } from './rehype-page-ids';
import { rehypeTables } from './rehype-tables';

export const remarkPlugins: RemarkPlugins = [remarkGfm];

/**
 * Order matters: heading ids first (rehype-slug makes them, the page's allocator keeps them clear of
 * the sections the page adds), then heading links, then tables (whose row ids come from the same
 * allocator), then diagrams (`diagram` fences drawn as figures; their ids come last, so a new one
 * moves no heading's or row's id), then the former ids of renamed ones; links to other pages get the
 * site's sub-path last, after every plugin that adds links.
 */
export const rehypePlugins: RehypePlugins = [
  rehypeSlug,
  rehypePageIds,
  rehypeHeadingLinks,
  rehypeTables,
  rehypeDiagrams,
  rehypeCodeBlocks,
  rehypeFormerIds,
  rehypeBaseLinks,
];

/**
 * Astro 7 defaults to Sätteri; our plugins need the unified pipeline. remark-gfm is in our own list,
 * so the processor's built-in copy is off. Smartypants is off: it parsed every sentence (a fifth of a
 * 1,000-page build's time) only to curl quotes, and the content is written with typographic quotes.
 */
export const markdownProcessor = unified({ gfm: false, smartypants: false, remarkPlugins, rehypePlugins });
