import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown';

const table = (caption: string, rows: string[]) =>
  [caption, '', '| Feature | Lambda | Batch |', '| --- | --- | --- |', ...rows.map((r) => `| ${r} | a | b |`)].join('\n');

describe('headings', () => {
  it('gives h2-h4 a GitHub-style id and a labelled link to themselves', async () => {
    const { html, headings } = await renderMarkdown('## Pricing & limits\n\n### Cold starts\n\n##### Too deep');
    expect(html).toContain(
      '<h2 id="pricing--limits">Pricing &#x26; limits<a class="anchor-link" aria-label="Link to section: Pricing &#x26; limits" href="#pricing--limits"><span class="anchor-icon" aria-hidden="true"></span></a></h2>',
    );
    expect(html).toMatch(/<h3 id="cold-starts">Cold starts<a class="anchor-link" aria-label="Link to section: Cold starts"/);
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
      '<tr id="maximum-run-time"><th scope="row">Maximum run time<a class="anchor-link" aria-label="Link to row: Maximum run time" href="#maximum-run-time"><span class="anchor-icon" aria-hidden="true"></span></a></th><td>a</td>',
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
