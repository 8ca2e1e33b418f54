import { expect, test } from '@playwright/test';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the header row and the first column stay in view while the table scrolls', async ({ page }) => {
    await page.goto('/compare/database-services/');
    const box = page.locator('.table-scroll').first();
    const firstHeader = box.locator('thead th').first();
    const firstRowHeader = box.locator('tbody th').first();
    const before = await firstRowHeader.boundingBox();
    const overflow = await box.evaluate((el) => ({ x: el.scrollWidth - el.clientWidth, y: el.scrollHeight - el.clientHeight }));
    expect(overflow.x, 'the table is wider than the phone, so it must scroll sideways').toBeGreaterThan(0);
    await box.evaluate((el) => { el.scrollTo({ left: el.scrollWidth, top: el.scrollHeight }); });
    const boxBox = (await box.boundingBox())!;
    const after = (await firstRowHeader.boundingBox())!;
    expect(Math.round(after.x)).toBe(Math.round(before!.x));
    expect(overflow.y, 'the table is taller than its box on a phone, so it must scroll down too').toBeGreaterThan(0);
    const header = (await firstHeader.boundingBox())!;
    expect(Math.abs(header.y - boxBox.y)).toBeLessThanOrEqual(2);
  });

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
