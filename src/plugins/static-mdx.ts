/**
 * Renders an MDX page that uses no MDX feature (no import, export, JSX or `{expression}`) straight
 * to HTML, the way @astrojs/mdx with `optimize` would print it, without compiling it to a module.
 *
 * Why: compiling every page to JavaScript and bundling a thousand such modules was most of a large
 * build's time and memory. Rendered in the content layer instead, the HTML is cached in Astro's data
 * store by the file's digest, so a rebuild or a dev edit renders only the pages that changed.
 *
 * Same output, by construction:
 * - the same parser (remark-parse with remark-mdx, so `<` and `{` mean what they mean in MDX) and the
 *   same plugin lists, in the order @astrojs/mdx runs them: remark plugins, remark-rehype, rehype
 *   plugins, then Astro's heading ids (which also collects the headings `render()` returns); the
 *   steps @astrojs/mdx adds in between act only on what such a page cannot contain (MDX nodes,
 *   images, code meta strings, script and style elements, and raw HTML: MDX reads HTML as JSX, so
 *   rehype-raw's round trip through an HTML parser would change nothing here but cost a tenth of the time);
 * - with `optimize`, a page that is all static elements becomes one `set:html` of hast-util-to-html's
 *   output for the root's children, which is what `toHtml` prints here.
 * Everything that would take another path in @astrojs/mdx returns `undefined` and is left to it: MDX
 * nodes, images (turned into Astro's Image component), code blocks with a meta string (which MDX
 * keeps as an attribute), a page of fewer than two top-level elements (one element alone is printed
 * by Astro's JSX renderer, not by hast-util-to-html), and text that MDX cannot parse (so its own,
 * located error message reports it).
 */
import { type MarkdownHeading, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from './index';

export interface StaticMdx {
  html: string;
  headings: MarkdownHeading[];
}

// Astro's plugin lists also allow plugin names (strings), which it resolves itself; ours are all functions.
const pluggable = (list: readonly unknown[]): PluggableList =>
  list.map((plugin) => {
    if (typeof plugin === 'string' || (Array.isArray(plugin) && typeof plugin[0] === 'string')) {
      throw new Error('src/plugins lists must hold plugin functions, not names: static MDX rendering imports them directly.');
    }
    return plugin as PluggableList[number];
  });

// One processor: remark plugins such as remark-gfm extend the parser of the processor they are used on.
const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(pluggable(remarkPlugins))
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(pluggable(rehypePlugins))
  .use(rehypeHeadingIds);

/** Whether @astrojs/mdx would print this Markdown tree differently from plain HTML (see above). */
function needsMdx(tree: MdastRoot): boolean {
  let found = false;
  visit(tree, (node) => {
    if (node.type.startsWith('mdx') || node.type === 'image' || node.type === 'imageReference' || (node.type === 'code' && node.meta)) {
      found = true;
      return false;
    }
    return undefined;
  });
  return found;
}

/** The page's HTML and headings, or `undefined` when @astrojs/mdx must compile it (see above). */
export async function renderStaticMdx(body: string, filePath: string, frontmatter: Record<string, unknown> = {}): Promise<StaticMdx | undefined> {
  // The path's `.mdx` extension tells Astro's heading ids to read text as MDX does; plugins read the
  // frontmatter (former ids, the page's id allocator) where @astrojs/mdx puts it.
  const file = new VFile({ value: body, path: filePath, data: { astro: { frontmatter } } });
  let mdast: MdastRoot;
  try {
    mdast = processor.parse(file);
  } catch {
    return undefined;
  }
  if (needsMdx(mdast)) return undefined;
  const hast = await processor.run(mdast, file);
  if (hast.children.filter((node) => node.type === 'element').length < 2 || hast.children[0]?.type !== 'element') return undefined;
  const headings = (file.data as { astro?: { headings?: MarkdownHeading[] } }).astro?.headings ?? [];
  return { html: toHtml(hast), headings };
}
