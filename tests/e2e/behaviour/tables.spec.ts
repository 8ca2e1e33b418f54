/** Wide tables on a phone, on the fixture site (under /guide/): they scroll inside their box, never the page. */
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('the header row and the first column stay in view while the table scrolls', async ({ page }) => {
  await page.goto('compare/alpha-vs-beta/');
  const box = page.getByRole('region', { name: 'Alpha and Beta in detail', exact: true });
  const firstHeader = box.getByRole('columnheader', { name: 'Aspect', exact: true });
  const firstRowHeader = box.getByRole('rowheader', { name: 'Run time', exact: true });
  const before = (await firstRowHeader.boundingBox())!;
  const overflow = await box.evaluate((el) => ({ x: el.scrollWidth - el.clientWidth, y: el.scrollHeight - el.clientHeight }));
  expect(overflow.x, 'the table is wider than the phone, so it must scroll sideways').toBeGreaterThan(0);
  expect(overflow.y, 'the table is taller than its box on a phone, so it must scroll down too').toBeGreaterThan(0);
  await box.evaluate((el) => {
    el.scrollTo({ left: el.scrollWidth, top: el.scrollHeight });
  });
  const boxTop = (await box.boundingBox())!.y;
  expect(Math.round((await firstRowHeader.boundingBox())!.x)).toBe(Math.round(before.x));
  expect(Math.abs((await firstHeader.boundingBox())!.y - boxTop)).toBeLessThanOrEqual(2);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});
