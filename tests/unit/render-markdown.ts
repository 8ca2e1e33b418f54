import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from '../../src/plugins';

/** Renders Markdown through the same processor and plugin list as `astro.config.mjs`. */
export async function renderMarkdown(markdown: string) {
  const renderer = await unified({ gfm: false, remarkPlugins, rehypePlugins }).createRenderer({ syntaxHighlight: false });
  const { code, metadata } = await renderer.render(markdown);
  // Newlines between tags carry no meaning; dropping them keeps assertions readable.
  return { html: code.replace(/>\n+</g, '><'), headings: metadata.headings };
}
