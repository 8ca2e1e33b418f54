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
