import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownProcessor } from '../../src/plugins';

const renderer = markdownProcessor.createRenderer({ syntaxHighlight: false });

/**
 * Renders a Markdown page as the build renders every `.md` topic: through the processor that
 * `astro.config.mjs` hands to Astro, with our plugin lists. `frontmatter` is what plugins that read
 * it (former ids, the page's id allocator) see.
 */
export async function renderMarkdown(source: string, frontmatter: Record<string, unknown> = {}) {
  const { code, metadata } = await (await renderer).render(source, { frontmatter, fileURL: pathToFileURL(path.resolve('page.md')) });
  // Newlines between tags carry no meaning; dropping them keeps assertions readable.
  return { html: code.replace(/>\n+</g, '><'), headings: metadata.headings };
}
