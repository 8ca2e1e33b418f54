/** Search on the fixture site, which is hosted under /guide/: paths in `goto` are relative to it. */
import { expect, test } from '@playwright/test';
import { resultPaths as paths, search, searchResults } from '../helpers';

test('a result opens its page under the sub-path', async ({ page }) => {
  await page.goto('./');
  const results = await search(page, 'guard');
  await expect.poll(() => paths(results)).toEqual(['/guide/services/gamma/']);
  await results.first().locator('a').first().click();
  await expect(page).toHaveURL(/\/guide\/services\/gamma\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amazon Gamma Guard');
});

test('a section result opens its section with the words searched for marked, and the address stays clean', async ({ page, baseURL }) => {
  await page.goto('./');
  const results = await search(page, 'cold start');
  const section = results.first().locator('ul a').first();
  await expect(section).toHaveAttribute('href', '/guide/services/alpha/?highlight=cold+start#cold-starts');
  await section.click();
  await expect(page).toHaveURL(`${baseURL}services/alpha/#cold-starts`);
  await expect(page.getByRole('heading', { level: 2, name: 'Cold starts', exact: true })).toBeInViewport();
  await expect(page.locator('article mark.search-hit').first()).toHaveText(/cold|start/i);
});

test('from the keyboard alone: "/" to open, type, arrows to a section, Enter to go there', async ({ page, baseURL }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search services, comparisons and concepts', exact: true })).toBeFocused();
  await page.keyboard.type('cold start');
  // The result count is announced through a live region.
  await expect(page.getByRole('status').filter({ hasText: /\d+ results? for “cold start”/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(searchResults(page).getByRole('link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const section = searchResults(page).getByRole('link').nth(1);
  await expect(section).toBeFocused();
  const hash = new URL((await section.getAttribute('href'))!, 'http://x').hash;
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${baseURL}services/alpha/${hash}`);
  await expect(page.locator(hash)).toBeInViewport();
});

test('filters by a category whose name has a comma and an ampersand', async ({ page }) => {
  await page.goto('./');
  const results = await search(page, 'fixture');
  await expect.poll(() => paths(results)).toContain('/guide/services/alpha/');
  await page.getByRole('combobox', { name: 'Category' }).selectOption('Security, Identity & Compliance');
  await expect.poll(async () => (await paths(results)).sort()).toEqual(['/guide/categories/security/', '/guide/services/gamma/']);
});

test('filters by exam', async ({ page }) => {
  await page.goto('./');
  const results = await search(page, 'fixture');
  await expect.poll(() => paths(results)).toContain('/guide/services/gamma/');
  // The exam lists Gamma Guard without a page of its own, so only Alpha is in scope.
  await page.getByRole('combobox', { name: 'Exam', exact: true }).selectOption('FIX-C01');
  await expect.poll(() => paths(results)).toEqual(['/guide/services/alpha/']);
});

test('says so when the search index cannot be loaded, and a retry recovers', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('./');
  await page.getByRole('button', { name: 'Search Ctrl K', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search services, comparisons and concepts', exact: true }).fill('Alpha');
  await expect(page.getByRole('status').filter({ hasText: 'Search could not be loaded' })).toBeVisible();
  await page.unroute('**/pagefind/**');
  await page.getByRole('button', { name: 'Try again', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'for “Alpha”' })).toBeVisible();
  await expect.poll(async () => (await paths(searchResults(page).locator(':scope > li')))[0]).toBe('/guide/services/alpha/');
});

test('Escape closes the dialog and gives focus back to the control that opened it', async ({ page }) => {
  await page.goto('services/alpha/');
  // The header's search button also shows its shortcut on a wide screen.
  const trigger = page.getByRole('button', { name: 'Search Ctrl K', exact: true });
  const dialog = page.getByRole('dialog', { name: 'Search the guide', exact: true });
  await trigger.click();
  await expect(page.getByRole('searchbox', { name: 'Search services, comparisons and concepts', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
});
