import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markdownProcessor } from '../../src/plugins';
import { LAYOUT_IDS } from '../../src/utils/page-ids';
import { pageSections } from '../../src/utils/sections';
import { renderMarkdown } from './render-markdown';

const table = (caption: string, rows: string[]) =>
  [caption, '', '| Feature | Lambda | Batch |', '| --- | --- | --- |', ...rows.map((r) => `| ${r} | a | b |`)].join('\n');

describe('headings', () => {
  it('gives h2-h4 a GitHub-style id and a labelled link beside them, outside the heading', async () => {
    const { html, headings } = await renderMarkdown('## Pricing & limits\n\n### Cold starts\n\n##### Too deep');
    expect(html).toContain(
      '<div class="heading-wrapper"><h2 id="pricing--limits">Pricing &#x26; limits</h2><a class="anchor-link" aria-label="Link to section: Pricing &#x26; limits" href="#pricing--limits"><span class="anchor-icon" aria-hidden="true"></span></a></div>',
    );
    expect(html).toMatch(/<h3 id="cold-starts">Cold starts<\/h3><a class="anchor-link" aria-label="Link to section: Cold starts"/);
    expect(html).toContain('<h5 id="too-deep">Too deep</h5>');
    // The icon adds no text, so the table of contents reads the heading alone.
    expect(headings.map((h) => h.text)).toEqual(['Pricing & limits', 'Cold starts', 'Too deep']);
  });

  it('suffixes repeated headings predictably', async () => {
    const { headings } = await renderMarkdown('## Pricing\n\n## Pricing\n\n## Pricing');
    expect(headings.map((h) => h.slug)).toEqual(['pricing', 'pricing-1', 'pricing-2']);
  });
});

describe('code blocks', () => {
  it('can be scrolled from the keyboard: a long line scrolls inside its block', async () => {
    const { html } = await renderMarkdown('```bash\naws lambda update-alias --function-name orders --name live\n```');
    expect(html).toMatch(/^<pre tabindex="0"><code class="language-bash">aws lambda update-alias/);
  });
});

describe('tables', () => {
  it('turns the "Table:" line into a caption and wraps the table in a labelled scroll region', async () => {
    const { html } = await renderMarkdown(table('Table: Lambda vs Batch', ['Timeout']));
    expect(html).not.toContain('<p>Table:');
    expect(html).toMatch(/^<section class="table-scroll" tabindex="0" aria-label="Lambda vs Batch"><table><caption>Lambda vs Batch<\/caption>/);
  });

  it('falls back to the nearest heading above for the caption', async () => {
    const { html } = await renderMarkdown(`## Limits compared\n\nSome text.\n\n${table('', ['Timeout'])}`);
    expect(html).toContain('<caption>Limits compared</caption>');
  });

  it('scopes header cells and makes the first cell of each row a row header with a link', async () => {
    const { html } = await renderMarkdown(table('Table: T', ['Maximum run time']));
    expect(html).toContain('<th scope="col">Feature</th><th scope="col">Lambda</th><th scope="col">Batch</th>');
    expect(html).toContain(
      '<tr id="maximum-run-time"><th scope="row" aria-label="Maximum run time">Maximum run time<a class="anchor-link" aria-label="Link to row: Maximum run time" href="#maximum-run-time"><span class="anchor-icon" aria-hidden="true"></span></a></th><td>a</td>',
    );
  });

  it('derives row ids that survive duplicates, punctuation, non-ASCII text and clashes with headings', async () => {
    const { html } = await renderMarkdown(
      `## Timeout\n\n${table('Table: T', ['Timeout', 'Timeout', 'Cost (per GB-s)?', 'Größe / Über', '—', 'S3 → Glacier'])}`,
    );
    const ids = [...html.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['timeout-1', 'timeout-2', 'cost-per-gb-s', 'größe--über', 'row', 's3--glacier']);
  });
});

describe('one id allocator per page', () => {
  const ids = (html: string) => [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);

  it('a heading "Main" keeps its id: the layout’s landmark is namespaced', async () => {
    const { html } = await renderMarkdown('## Main');
    expect(ids(html)).toEqual(['main']);
    expect(LAYOUT_IDS.main).toBe('_main');
  });

  it('a row "Comparisons" or a heading "Sources" steps aside for the section the page adds', async () => {
    const { html, headings } = await renderMarkdown(`## Sources\n\n${table('Table: T', ['Comparisons', 'Key facts'])}`);
    expect(headings.map((h) => h.slug)).toEqual(['sources-1']);
    expect(ids(html)).toEqual(['sources-1', 'comparisons-1', 'key-facts-1']);
    // ...whose ids the page then uses as they are, with nothing else on the page holding them.
    const { ids: added } = pageSections(headings, { comparisons: true, keyFacts: true, sources: true });
    expect(added).toEqual({ comparisons: 'comparisons', keyFacts: 'key-facts', sources: 'sources' });
  });

  it('headings draw first, then rows: a heading keeps its id when a row above it has its text', async () => {
    const { html } = await renderMarkdown(`${table('Table: T', ['Pricing'])}\n\n## Pricing`);
    expect(ids(html)).toEqual(['pricing-1', 'pricing']);
  });
});

describe('former ids', () => {
  const body = `## Cold starts and SnapStart\n\n${table('Table: T', ['Run time'])}`;

  it('keep an old heading or row id as a target at the start of its new section', async () => {
    const { html, headings } = await renderMarkdown(body, { formerIds: { 'cold-starts': 'cold-starts-and-snapstart', 'max-run-time': 'run-time' } });
    expect(html).toContain('<h2 id="cold-starts-and-snapstart"><span id="cold-starts" class="former-id"></span>Cold starts and SnapStart</h2>');
    expect(html).toContain('<tr id="run-time"><th scope="row" aria-label="Run time"><span id="max-run-time" class="former-id"></span>Run time');
    // The heading's text, and so the table of contents, is unchanged.
    expect(headings.map((h) => h.text)).toEqual(['Cold starts and SnapStart']);
  });

  it('stop the build when a mapping points nowhere, or its old id is still on the page', async () => {
    await expect(renderMarkdown(body, { formerIds: { 'cold-starts': 'cold-start' } })).rejects.toThrow(
      'page.md: formerIds maps "cold-starts" to "cold-start", but the page has no heading, row or diagram with the id "cold-start".',
    );
    await expect(renderMarkdown(body, { formerIds: { 'run-time': 'cold-starts-and-snapstart' } })).rejects.toThrow(
      'page.md: formerIds lists "run-time", which is still an id on the page; remove the entry or rename the section.',
    );
  });

  it('work the same on a Markdown (.md) page, through the renderer Astro makes of the processor, naming its file', async () => {
    const renderer = await markdownProcessor.createRenderer({ syntaxHighlight: false });
    const file = path.resolve('content/services/alpha.md');
    const render = (formerIds: Record<string, string>) => renderer.render(body, { fileURL: pathToFileURL(file), frontmatter: { formerIds } });
    expect((await render({ 'cold-starts': 'cold-starts-and-snapstart' })).code).toContain(
      '<span id="cold-starts" class="former-id"></span>Cold starts and SnapStart',
    );
    // Astro's renderer logs the error before passing it on; the test reads it from the rejection.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(render({ 'cold-starts': 'cold-start' })).rejects.toThrow(
        `${file}: formerIds maps "cold-starts" to "cold-start", but the page has no heading, row or diagram with the id "cold-start".`,
      );
    } finally {
      logged.mockRestore();
    }
  });
});

describe('diagrams', () => {
  // Astro's renderer logs a page's error before passing it on; the tests read it from the rejection.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const diagram = (header: string, source = 'digraph { a -> b }') => ['```diagram', header, '---', source, '```'].join('\n');
  const vpc = diagram(
    'caption: Two subnets\ndescription: >-\n  Traffic from the internet reaches the public subnet,\n  which forwards it to the private one.',
    'digraph {\n  subgraph cluster_vpc { label="VPC" class="blue"\n    pub [label="Public subnet" class="green"]\n    priv [label="Private subnet"]\n  }\n  internet -> pub [label="requests"]\n  pub -> priv\n}',
  );
  const ids = (html: string) => [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
  const svgOf = (html: string) => /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';

  it('become a figure: caption with its link, the drawing in a focusable frame, the description in words', async () => {
    const { html } = await renderMarkdown(vpc);
    expect(html).toMatch(
      /^<figure id="two-subnets" class="diagram not-prose" aria-labelledby="_two-subnets-caption"><figcaption><span id="_two-subnets-caption">Two subnets<\/span><a class="anchor-link" aria-label="Link to diagram: Two subnets" href="#two-subnets"><span class="anchor-icon" aria-hidden="true"><\/span><\/a><\/figcaption>/,
    );
    expect(html).toContain('<section class="diagram-frame" tabindex="0" aria-labelledby="_two-subnets-caption" data-pagefind-ignore=""><svg ');
    expect(svgOf(html)).toMatch(
      /^<svg width="\d+" viewBox="0 0 [\d.]+ [\d.]+" role="img" aria-labelledby="_two-subnets-caption" aria-describedby="_two-subnets-description">/,
    );
    expect(html).toMatch(
      /<\/section><p id="_two-subnets-description" class="diagram-description">Traffic from the internet reaches the public subnet, which forwards it to the private one\.<\/p><\/figure>$/,
    );
    // The labels are drawn, and the source is not printed.
    for (const label of ['VPC', 'Public subnet', 'Private subnet', 'requests']) expect(svgOf(html)).toContain(`>${label}</text>`);
    expect(html).not.toContain('<pre');
    expect(html).not.toContain('digraph');
  });

  it('draw in the page’s colours only: Graphviz’s black as currentColor, tones as classes, no fonts or sizes in points', async () => {
    const svg = svgOf((await renderMarkdown(vpc)).html);
    const paints = new Set([...svg.matchAll(/\b(?:fill|stroke)="([^"]*)"/g)].map((m) => m[1]));
    expect([...paints].sort()).toEqual(['currentColor', 'none']);
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(|black|white|font-family|\dpt"|height="|<title>|<!--|xml:space/i);
    expect(svg).toContain('<g class="cluster blue">');
    expect(svg).toContain('<g class="node green">');
  });

  it('a colour written in the source stops the build at its line, pointing at the tones', async () => {
    await expect(renderMarkdown(`Intro.\n\n${diagram('caption: C\ndescription: D.', 'digraph {\n  a [color=red]\n}')}`)).rejects.toThrow(
      /page\.md:8: colours come from the page’s theme, so they follow light and dark mode: instead of "red" .*class="<tone>", one of blue, green, amber, red, violet, grey\.$/,
    );
    await expect(renderMarkdown(diagram('caption: C\ndescription: D.', 'digraph {\n  a\n  b [class="pink"]\n}'))).rejects.toThrow(
      'page.md:7: class="pink" is not a diagram colour; use one of blue, green, amber, red, violet, grey.',
    );
  });

  it('leave no ids of Graphviz’s own, so two diagrams on a page repeat none', async () => {
    const { html } = await renderMarkdown(`## Two subnets\n\n${vpc}\n\n${vpc}\n\n${diagram('caption: Other\nid: custom-id\ndescription: D.')}`);
    const all = ids(html);
    expect(all).toEqual([
      'two-subnets',
      'two-subnets-1',
      '_two-subnets-1-caption',
      '_two-subnets-1-description',
      'two-subnets-2',
      '_two-subnets-2-caption',
      '_two-subnets-2-description',
      'custom-id',
      '_custom-id-caption',
      '_custom-id-description',
    ]);
    expect(new Set(all).size).toBe(all.length);
    for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g)!) expect(svg).not.toMatch(/\bid="/);
  });

  it('keep a renamed diagram’s old id as a target inside its caption', async () => {
    const { html } = await renderMarkdown(vpc, { formerIds: { 'subnets-picture': 'two-subnets' } });
    expect(html).toContain('<figcaption><span id="subnets-picture" class="former-id"></span><span id="_two-subnets-caption">');
  });

  it('stop the build on a Graphviz syntax error, naming the file and the line in it', async () => {
    const page = `## Layout\n\nSome text.\n\n${diagram('caption: Broken\ndescription: It breaks.', 'digraph {\n  a -> b\n  b -> [label="x"]\n}')}`;
    await expect(renderMarkdown(page)).rejects.toThrow(
      "page.md:11: Graphviz cannot draw the diagram (syntax error near '['): check the brackets, quotes and semicolons on this line and the one before.",
    );
  });

  it('count lines from the top of the file when Astro passes the body without its frontmatter', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'diagram-'));
    try {
      const body = `\nIntro.\n\n${diagram('caption: Broken\ndescription: It breaks.', 'digraph {\n  a -> -> b\n}')}\n`;
      const file = path.join(dir, 'page.md');
      await writeFile(file, `---\nname: X\nsummary: Y.\n---\n${body}`);
      const renderer = await markdownProcessor.createRenderer({ syntaxHighlight: false });
      await expect(renderer.render(body.trimStart(), { fileURL: pathToFileURL(file), frontmatter: {} })).rejects.toThrow(
        `${path.relative(process.cwd(), file)}:13: Graphviz cannot draw the diagram (syntax error near '->')`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('stop the build on a block without its caption, description or separator, at the line to fix', async () => {
    const cases: [string, string][] = [
      [
        '```diagram\ndigraph { a -> b }\n```',
        'page.md:2: a diagram block starts with its caption and description, then a line "---", then the Graphviz source',
      ],
      [diagram('caption: Only a caption'), 'page.md:2: the diagram has no description: add "description: the flow or structure in words'],
      [diagram('description: D.\ncaption: ""'), 'page.md:3: the diagram has no caption: add "caption: what it shows, in a few words" above "---".'],
      [
        diagram('caption: C\ndescription: A diagram of two boxes.'),
        'page.md:3: the description should say what the picture shows (the flow or the structure), not that it is a diagram',
      ],
      [
        diagram('caption: C\ndescription: D.\ntitle: T'),
        'page.md:4: "title" is not a diagram setting; a diagram has caption, description and (optionally) id.',
      ],
      [diagram('caption: C\ndescription: D.', ''), 'page.md:4: the diagram has no Graphviz source below "---".'],
      [diagram('caption: C\ndescription: D.', 'digraph {\n  a [URL="https://example.com"]\n}'), 'page.md:6: a diagram cannot hold links (URL or href)'],
    ];
    for (const [page, message] of cases) await expect(renderMarkdown(page), page).rejects.toThrow(message);
  });
});
