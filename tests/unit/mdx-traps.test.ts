import { describe, expect, it } from 'vitest';
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
      "import VpcDiagram from '../../src/components/diagrams/VpcDiagram.astro';",
      '<VpcDiagram />',
      'A <abbr title="x">tag</abbr> and a <br /> break.',
    ].join('\n');
    expect(findMdxTraps(page(body))).toEqual([]);
  });
});
