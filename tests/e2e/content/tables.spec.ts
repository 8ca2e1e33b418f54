/**
 * The guide's own tables: every comparison fits a phone, and each category's at-a-glance table has its
 * facets. How a wide table scrolls on a phone is tested on the fixture site (tests/e2e/behaviour/tables.spec.ts).
 */
import { expect, test } from '@playwright/test';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('no comparison page is wider than the screen', async ({ page }) => {
    await page.goto('/compare/');
    const urls = await page.locator('main a[href^="/compare/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      await page.goto(url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, url).toBeLessThanOrEqual(390);
    }
  });
});

test('each category page shows its services at a glance, linked row by row', async ({ page }) => {
  await page.goto('/categories/database/');
  const table = page.getByRole('table', { name: 'Database services at a glance' });
  await expect(table.getByRole('rowheader', { name: /Amazon DynamoDB/ })).toBeVisible();
  await expect(table.locator('tr#qldb')).toContainText('Retired');
  // The columns are the facets the category declares, and every top-level service fills them.
  await expect(table.getByRole('columnheader', { name: 'Data model', exact: true })).toBeVisible();
  const modelColumn = await table.locator('thead th').allInnerTexts().then((headers) => headers.indexOf('Data model'));
  const models = await table.locator(`tbody tr td:nth-child(${modelColumn + 1})`).allInnerTexts();
  expect(models.filter((value) => value.trim() === '—')).toHaveLength(1); // only the RDS deployment options feature page
  await page.goto('/categories/database/#dynamodb');
  await expect(page.locator('tr#dynamodb')).toBeInViewport();
});
