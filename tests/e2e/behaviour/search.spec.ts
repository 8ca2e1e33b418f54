/** Search on the fixture site, which is hosted under /guide/: paths in `goto` are relative to it. */
import { expect, test } from '@playwright/test';
import { resultPaths as paths, search } from '../helpers';

test('a result opens its page under the sub-path', async ({ page }) => {
  await page.goto('./');
  const results = await search(page, 'guard');
  await expect.poll(() => paths(results)).toEqual(['/guide/services/gamma/']);
  await results.first().locator('a').first().click();
  await expect(page).toHaveURL(/\/guide\/services\/gamma\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amazon Gamma Guard');
});

test('filters by a category whose name has a comma and an ampersand', async ({ page }) => {
  await page.goto('./');
  const results = await search(page, 'fixture');
  await expect.poll(() => paths(results)).toContain('/guide/services/alpha/');
  await page.getByRole('combobox', { name: 'Category' }).selectOption('Security, Identity & Compliance');
  await expect.poll(async () => (await paths(results)).sort()).toEqual(['/guide/categories/security/', '/guide/services/gamma/']);
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
