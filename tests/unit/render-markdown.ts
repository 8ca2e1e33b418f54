import { compile, type CompileOptions } from '@mdx-js/mdx';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { markdownProcessor } from '../../src/plugins';

type Pluggable = NonNullable<CompileOptions['rehypePlugins']>[number];

/** Astro's plugin lists may name a plugin by package; ours hold the functions themselves. */
function pluggables(list: readonly unknown[]): Pluggable[] {
  return list.map((plugin) => {
    if (typeof plugin === 'string' || (Array.isArray(plugin) && typeof plugin[0] === 'string'))
      throw new Error(`plugins are imported, not named: ${String(plugin)}`);
    return plugin as Pluggable;
  });
}

/**
 * Compiles MDX as the build does: MDX's own parser (so `<` and `{` follow MDX rules) and the
 * processor's plugin lists from `astro.config.mjs`, then reads the HTML tree our plugins left.
 * `frontmatter` is what plugins that read it (former ids, the page's id allocator) see.
 */
export async function renderMarkdown(source: string, frontmatter: Record<string, unknown> = {}) {
  const remarkPlugins = pluggables(markdownProcessor.options.remarkPlugins);
  const rehypePlugins = pluggables(markdownProcessor.options.rehypePlugins);
  let tree: Root | undefined;
  const capture = () => (root: Root) => void (tree = structuredClone(root));
  // Astro hands plugins the page's frontmatter this way.
  const file = new VFile({ value: source, path: 'page.mdx', data: { astro: { frontmatter } } });
  await compile(file, { remarkPlugins, rehypePlugins: [...rehypePlugins, capture] });
  if (!tree) throw new Error('the rehype pipeline did not run');
  const headings: { depth: number; slug: string; text: string }[] = [];
  visit(tree, 'element', (node: Element) => {
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (depth && typeof node.properties['id'] === 'string') headings.push({ depth: Number(depth), slug: node.properties['id'], text: toString(node).trim() });
  });
  // Newlines between tags carry no meaning; dropping them keeps assertions readable.
  return { html: toHtml(tree).replace(/>\n+</g, '><'), headings };
}
