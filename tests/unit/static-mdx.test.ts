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
import { parse } from 'yaml';
import { renderStaticMdx } from '../../src/plugins/static-mdx';
import { PROJECT } from '../support/temp-project';

interface MdxModule {
  default: AstroComponentFactory;
  getHeadings: () => unknown[];
}

// The guide's pages, and the fixture site's, whose frontmatter exercises the plugins that read it (former ids).
const pages = import.meta.glob<MdxModule>(['../../content/{services,comparisons,concepts}/*.mdx', '../fixtures/site/{services,comparisons,concepts}/*.mdx']);

/** A page's frontmatter and body. */
const split = (source: string) => {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  return { frontmatter: (parse(match?.[1] ?? '') ?? {}) as Record<string, unknown>, body: source.slice(match?.[0].length ?? 0) };
};

describe('static MDX rendering', () => {
  it('prints every page of the guide as @astrojs/mdx does, with the same headings', { timeout: 240_000 }, async () => {
    const container = await AstroContainer.create();
    container.addServerRenderer({ renderer: mdxRenderer });
    const declined: string[] = [];
    for (const [relative, load] of Object.entries(pages)) {
      const file = path.resolve(PROJECT, 'tests/unit', relative);
      const { frontmatter, body } = split(await readFile(file, 'utf8'));
      const page = await renderStaticMdx(body, file, frontmatter);
      if (!page) {
        declined.push(relative);
        continue;
      }
      const mdx = await load();
      expect(page.html, relative).toBe(await container.renderToString(mdx.default));
      expect(page.headings, relative).toEqual(mdx.getHeadings());
    }
    // The page that imports a component, and the fixture pages of a single paragraph.
    expect(declined).toEqual(['../../content/services/vpc.mdx', '../fixtures/site/concepts/fixture-concept.mdx', '../fixtures/site/services/beta.mdx']);
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
