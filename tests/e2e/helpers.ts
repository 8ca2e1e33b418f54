import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the search dialog from the header and types a query. */
export async function search(page: Page, query: string) {
  await page.getByRole('button', { name: 'Search' }).first().click();
  const input = page.getByRole('searchbox', { name: 'Search services, comparisons and concepts' });
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(page.getByRole('status').filter({ hasText: `for “${query}”` })).toBeVisible();
  return searchResults(page).locator(':scope > li');
}

/** The list of search results in the search dialog. */
export const searchResults = (page: Page) => page.getByRole('list', { name: 'Search results', exact: true });

/** The URL paths of the results `search` returned, in order. */
export const resultPaths = (results: Locator) =>
  results.locator(':scope > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** The element is fully in view and not hidden under the sticky header. */
export async function expectBelowHeader(page: Page, selector: string) {
  const header = await page.locator('body > header').boundingBox();
  const target = await page.locator(selector).boundingBox();
  const viewport = page.viewportSize()!;
  expect(header).not.toBeNull();
  expect(target).not.toBeNull();
  expect(target!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
  expect(target!.y + target!.height).toBeLessThanOrEqual(viewport.height);
}

/** Exports the reader's progress with the page's "Export progress" control; the downloaded file's path. */
export async function exportProgress(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress', exact: true }).click();
  return (await download).path();
}

/** Resets the reader's progress, accepting the confirmation, and waits until the page says it is done. */
export async function resetProgress(page: Page) {
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset progress', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Progress reset.' })).toBeVisible();
}
