import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTraps } from '../../src/integrations/mdx-traps';
import { describeTraps, findMdxTraps } from '../../src/utils/mdx-traps';

const page = (body: string) => `---\nname: "a < b {x}"\n---\n\n${body}`;

describe('MDX traps', () => {
  it('names the line, the column and the fix for "<" before a number or a space', () => {
    expect(describeTraps('content/services/x.mdx', findMdxTraps(page('Cold starts take <1 s.\n\nCost is a < b.')))).toEqual([
      'content/services/x.mdx:5:18: "<1 s.": MDX reads `<` as the start of a component: write it as `&lt;` (latency &lt;1 s) or in words ("under 1 s").',
      'content/services/x.mdx:7:11: "< b.": MDX reads `<` as the start of a component: write it as `&lt;` (latency &lt;1 s) or in words ("under 1 s").',
    ]);
  });

  it('finds stray braces, HTML comments and <https://…> links', () => {
    const traps = findMdxTraps(page('Use {bucket}.\n\n<!-- note -->\n\nSee <https://aws.amazon.com/>.'));
    expect(traps.map((t) => [t.line, t.found.slice(0, 4), t.fix.slice(0, 30)])).toEqual([
      [5, '{buc', 'MDX reads `{` and `}` as code:'],
      [5, '}.', 'MDX reads `{` and `}` as code:'],
      [7, '<!--', 'MDX has no HTML comments: writ'],
      [9, '<htt', 'MDX has no <https://...> links'],
    ]);
  });

  it('leaves frontmatter, code, escapes, entities, components and imports alone', () => {
    const body = [
      'Latency &lt;1 s, `a < b {c}`, \\{escaped\\}.',
      '```json',
      '{ "a": "<1" }',
      '```',
      "import Callout from '../../src/components/Callout.astro';",
      '<Callout />',
      'A <abbr title="x">tag</abbr> and a <br /> break.',
    ].join('\n');
    expect(findMdxTraps(page(body))).toEqual([]);
  });
});

describe('MDX traps in the content folder (what the build stops on)', () => {
  it('checks every .mdx file, in any folder, naming it from the project root, and leaves .md pages alone', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'mdx-traps-'));
    try {
      await mkdir(path.join(root, 'content/services'), { recursive: true });
      await mkdir(path.join(root, 'content/comparisons'));
      await writeFile(path.join(root, 'content/services/beta.mdx'), page('Cold starts take <1 s.'));
      await writeFile(path.join(root, 'content/comparisons/alpha-vs-beta.mdx'), page('Fine.\n\nUse {bucket}'));
      // Plain Markdown reads `<1 s` and braces as text.
      await writeFile(path.join(root, 'content/services/alpha.md'), page('Cold starts take <1 s and {x}.'));
      // Sorted: the order of a folder listing depends on the file system.
      expect(contentTraps(root).sort()).toEqual([
        'content/comparisons/alpha-vs-beta.mdx:7:12: "}": MDX reads `{` and `}` as code: write `\\{` and `\\}`, or put the text in `backticks`.',
        'content/comparisons/alpha-vs-beta.mdx:7:5: "{bucket}": MDX reads `{` and `}` as code: write `\\{` and `\\}`, or put the text in `backticks`.',
        'content/services/beta.mdx:5:18: "<1 s.": MDX reads `<` as the start of a component: write it as `&lt;` (latency &lt;1 s) or in words ("under 1 s").',
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
