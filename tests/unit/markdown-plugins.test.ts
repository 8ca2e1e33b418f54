import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
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
      'page.md: formerIds maps "cold-starts" to "cold-start", but the page has no heading or row with the id "cold-start".',
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
        `${file}: formerIds maps "cold-starts" to "cold-start", but the page has no heading or row with the id "cold-start".`,
      );
    } finally {
      logged.mockRestore();
    }
  });
});
