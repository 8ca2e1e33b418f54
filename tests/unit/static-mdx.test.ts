/**
 * Pages without MDX features are rendered to HTML in the content layer instead of by @astrojs/mdx
 * (src/plugins/static-mdx.ts). The HTML must be exactly what @astrojs/mdx prints: every page of the
 * guide is compiled by @astrojs/mdx here, rendered with Astro's container, and compared.
 */
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderStaticMdx } from '../../src/plugins/static-mdx';
import { PROJECT } from '../support/temp-project';

interface MdxModule {
  default: AstroComponentFactory;
  getHeadings: () => unknown[];
}

const pages = import.meta.glob<MdxModule>('../../content/{services,comparisons,concepts}/*.mdx');

/** The body of a page: what follows its frontmatter. */
const body = (source: string) => source.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('static MDX rendering', () => {
  it('prints every page of the guide as @astrojs/mdx does, with the same headings', async () => {
    const container = await AstroContainer.create();
    container.addServerRenderer({ renderer: mdxRenderer });
    let rendered = 0;
    for (const [relative, load] of Object.entries(pages)) {
      const file = path.resolve(PROJECT, 'tests/unit', relative);
      const page = await renderStaticMdx(body(await readFile(file, 'utf8')), file);
      if (!page) continue;
      rendered += 1;
      const mdx = await load();
      expect(page.html, relative).toBe(await container.renderToString(mdx.default));
      expect(page.headings, relative).toEqual(mdx.getHeadings());
    }
    // All but the page that imports a component.
    expect(rendered).toBe(Object.keys(pages).length - 1);
  });

  it.each([
    ['an import', "import Box from '../x.astro';\n\n## A\n\ntext"],
    ['JSX', '## A\n\n<Box>text</Box>\n\ntext'],
    ['an expression', '## A\n\n{1 + 1}\n\ntext'],
    ['a comment', '## A\n\n{/* note */}\n\ntext'],
    ['an image', '## A\n\n![a diagram](./a.png)\n\ntext'],
    ['a code block with a meta string', '## A\n\n```js title="a.js"\nx\n```\n\ntext'],
    ['a single element', '## A'],
    ['text MDX cannot parse', '## A\n\nan <unclosed element\n\ntext'],
  ])('leaves a page with %s to @astrojs/mdx', async (_, markdown) => {
    expect(await renderStaticMdx(markdown, '/guide/page.mdx')).toBeUndefined();
  });
});
