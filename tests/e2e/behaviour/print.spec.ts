/**
 * On paper, on the fixture site (under /guide/): pages print without navigation, in light colours,
 * with link addresses; an exam's or a category's print page holds its topics, linked within the page.
 */
import { expect, test } from '@playwright/test';

test.use({ colorScheme: 'dark' });

test('a service page prints its reading alone, dark text on white, with the addresses of its sources', async ({ page }) => {
  await page.goto('services/alpha/');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [
    page.locator('body > header'),
    page.getByRole('contentinfo'),
    page.getByRole('navigation', { name: 'On this page', exact: true }),
    page.getByRole('navigation', { name: 'Breadcrumb', exact: true }),
  ]) {
    await expect(hidden).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  const source = page.getByRole('region', { name: 'Sources', exact: true }).getByRole('link').first();
  const href = await source.getAttribute('href');
  expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
  expect(
    await page
      .getByRole('table', { name: 'Alpha limits', exact: true })
      .getByRole('row')
      .first()
      .evaluate((tr) => getComputedStyle(tr).breakInside),
  ).toBe('avoid');
  expect(await page.getByRole('region', { name: 'Exam tips', exact: true }).evaluate((s) => getComputedStyle(s).breakInside)).toBe('avoid');
});

test('an exam page links to its print page: contents first, then each topic with its own section ids', async ({ page, baseURL }) => {
  await page.goto('exams/fix-c01/');
  await page.getByRole('link', { name: 'Print or save as PDF', exact: true }).click();
  await expect(page).toHaveURL(`${baseURL}print/fix-c01/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture Certified Practitioner (FIX-C01)');
  await page.getByRole('navigation', { name: 'Contents', exact: true }).getByRole('link', { name: 'Amazon Alpha Service', exact: true }).click();
  await expect(page).toHaveURL(`${baseURL}print/fix-c01/#alpha`);
  const alpha = page.getByRole('article', { name: 'Amazon Alpha Service', exact: true });
  await expect(alpha.getByRole('heading', { level: 2, name: 'Amazon Alpha Service', exact: true })).toBeInViewport();
  await expect(alpha.getByRole('heading', { level: 3, name: 'Exam tips', exact: true })).toHaveAttribute('id', 'alpha--exam-tips');
});

test('a category page links to its print page, where links to topics on the page stay in it', async ({ page, baseURL }) => {
  await page.goto('categories/compute/');
  await page.getByRole('link', { name: 'Print or save as PDF', exact: true }).click();
  await expect(page).toHaveURL(`${baseURL}print/compute/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compute');
  const alpha = page.getByRole('article', { name: 'Amazon Alpha Service', exact: true });
  await expect(page.getByRole('article', { name: 'AWS Beta', exact: true })).toBeAttached();
  await expect(alpha.getByRole('link', { name: 'Beta', exact: true }).first()).toHaveAttribute('href', '#beta');
});
