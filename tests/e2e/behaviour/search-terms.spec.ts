/**
 * Alpha's `searchTerms: [fixture job runner]` on the fixture site (under /guide/): search finds the page
 * by them, the page neither shows them nor exposes them to assistive technology.
 */
import { expect, test } from '@playwright/test';
import { FIXTURE_BASE } from '../../support/fixture-site';
import { resultPaths, search } from '../helpers';

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<{ url: string; weighted_locations: { weight: number }[] }> }[] }>;
}

test('a search term finds its page', async ({ page }) => {
  await page.goto('./');
  const results = await search(page, 'job runner');
  await expect.poll(() => resultPaths(results)).toEqual(['/guide/services/alpha/']);
});

test('the page does not print or expose its search terms, only its names', async ({ page }) => {
  await page.goto('services/alpha/');
  await expect(page.getByRole('paragraph').filter({ hasText: 'Also known as:' })).toHaveText('Also known as: Alpha, Alpha Service, first fixture');
  await expect(page.locator('body')).not.toContainText('runner');
  expect(await page.locator('body').ariaSnapshot()).not.toContain('runner');
});

test('the search index has the term, weighted like a name', async ({ page }) => {
  await page.goto('./');
  const found = await page.evaluate(async (url) => {
    const pagefind = (await import(url)) as Pagefind;
    const { results } = await pagefind.search('runner');
    return Promise.all(
      results.map(async (result) => {
        const data = await result.data();
        return { url: data.url, weights: data.weighted_locations.map((l) => l.weight) };
      }),
    );
  }, `${FIXTURE_BASE}pagefind/pagefind.js`);
  expect(found).toEqual([{ url: '/guide/services/alpha/', weights: [10] }]);
});
