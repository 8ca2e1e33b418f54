/**
 * The content layer's render pool (src/loaders/render-pool.ts) sends pages that arrive together to
 * worker threads and renders a lone page in this thread. Either way a page comes back exactly as
 * `renderStaticMdx` renders it, and a plugin's error comes back with its message, naming the file.
 */
import { describe, expect, it } from 'vitest';
import { renderPage, runningWorkers } from '../../src/loaders/render-pool';
import { renderStaticMdx } from '../../src/plugins/static-mdx';

const body = (n: number) => `Intro ${n}.\n\n## Cold starts\n\nText ${n}.\n\n## Pricing\n\n| Item | Cost |\n| --- | --- |\n| Request | ${n} |\n`;
const file = (n: number) => `/guide/content/services/page-${n}.mdx`;

describe('render pool', () => {
  it('renders pages that arrive together on workers, each exactly as in this thread', async () => {
    const pages = Array.from({ length: 6 }, (_, n) => n);
    const rendering = Promise.all(pages.map((n) => renderPage(body(n), file(n), {})));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runningWorkers()).toBeGreaterThan(0);
    const pooled = await rendering;
    const direct = await Promise.all(pages.map((n) => renderStaticMdx(body(n), file(n), {})));
    expect(pooled).toEqual(direct);
    expect(pooled[3]?.html).toContain('<td>3</td>');
  });

  it('renders a lone page in this thread, once the workers have stopped', async () => {
    await expect.poll(runningWorkers, { timeout: 5_000 }).toBe(0);
    expect(await renderPage(body(7), file(7), {})).toEqual(await renderStaticMdx(body(7), file(7), {}));
    expect(runningWorkers()).toBe(0);
  });

  it('passes on a plugin’s error, naming the file', async () => {
    const pages = [1, 2, 3].map((n) => renderPage(body(n), file(n), n === 2 ? { formerIds: { 'old-id': 'no-such-id' } } : {}));
    await expect(pages[1]).rejects.toThrow('page-2.mdx: formerIds maps "old-id" to "no-such-id"');
    await expect(Promise.all([pages[0], pages[2]])).resolves.toHaveLength(2);
  });
});
