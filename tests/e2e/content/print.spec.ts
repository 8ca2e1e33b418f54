/** On paper: pages print without navigation, in light colours, with link addresses; print pages hold whole exams. */
import { expect, test } from '@playwright/test';

test.use({ colorScheme: 'dark' });

test('a service page prints its reading alone, dark text on white, with the addresses of its sources', async ({ page }) => {
  await page.goto('/services/lambda/');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [page.locator('body > header'), page.getByRole('contentinfo'), page.getByRole('navigation', { name: 'On this page' }), page.getByRole('navigation', { name: 'Breadcrumb' })]) {
    await expect(hidden).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  const source = page.getByRole('region', { name: 'Sources' }).getByRole('link').first();
  const href = await source.getAttribute('href');
  expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
  expect(await page.locator('table tr').first().evaluate((tr) => getComputedStyle(tr).breakInside)).toBe('avoid');
  expect(await page.getByRole('region', { name: 'Exam tips' }).evaluate((s) => getComputedStyle(s).breakInside)).toBe('avoid');
});

test('an exam page links to its print page: contents first, then every topic, linked within the page', async ({ page }) => {
  test.slow(); // the print page holds the whole exam: 2 MB of HTML
  await page.goto('/exams/clf-c02/');
  await page.getByRole('link', { name: 'Print or save as PDF', exact: true }).click();
  await expect(page).toHaveURL('/print/clf-c02/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS Certified Cloud Practitioner (CLF-C02)');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await contents.getByRole('link', { name: 'AWS Lambda', exact: true }).click();
  await expect(page).toHaveURL('/print/clf-c02/#lambda');
  const lambda = page.getByRole('article', { name: 'AWS Lambda', exact: true });
  await expect(lambda.getByRole('heading', { level: 2, name: 'AWS Lambda', exact: true })).toBeInViewport();
  // Each topic's sections are its own, and its links to topics on the same page stay in the page.
  await expect(lambda.getByRole('heading', { level: 3, name: 'Exam tips' })).toHaveAttribute('id', 'lambda--exam-tips');
  await expect(lambda.getByRole('link', { name: 'EC2', exact: true }).first()).toHaveAttribute('href', '#ec2');
});

test('a category page links to its print page', async ({ page }) => {
  await page.goto('/categories/database/');
  await page.getByRole('link', { name: 'Print or save as PDF', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Database');
  await expect(page.getByRole('article', { name: 'Amazon DynamoDB', exact: true })).toBeAttached();
});
