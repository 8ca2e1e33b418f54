/**
 * The real guide as a reader meets it, where the check needs its content: Lambda's page, a query with
 * more results than fit at first. Behaviour any page shares is tested on the fixture site (tests/e2e/behaviour).
 */
import { expect, test } from '@playwright/test';
import { search } from '../helpers';

test.describe('a service page', () => {
  test('shows the name, summary, contents, body and study aids', async ({ page }) => {
    await page.goto('/services/lambda/');
    await expect(page).toHaveTitle('AWS Lambda · AWS Study Guide');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS Lambda');
    // Only names: search terms such as “serverless functions” are indexed, not printed.
    await expect(page.locator('header p').filter({ hasText: 'Also known as:' })).toHaveText('Also known as: Lambda');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Compute' })).toHaveAttribute('href', '/categories/compute/');
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Exam tips' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Key facts' })).toBeVisible();
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    // A pasted link previews with the page's own title and summary.
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'AWS Lambda');
    const summary = await page.locator('meta[name="description"]').getAttribute('content');
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', summary!);
    const related = page.getByRole('region', { name: 'Related services' });
    await expect(related.getByRole('link', { name: 'Amazon API Gateway' })).toBeVisible();
  });

  test('lists the comparisons that include the service', async ({ page }) => {
    await page.goto('/services/lambda/');
    await page.getByRole('region', { name: 'Comparisons' }).getByRole('link', { name: 'AWS Batch vs AWS Lambda' }).click();
    await expect(page).toHaveURL('/compare/batch-vs-lambda/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS Batch vs AWS Lambda');
  });
});

test.describe('search', () => {
  test('shows a few results at first and more on request, keeping keyboard focus in place', async ({ page }) => {
    await page.goto('/');
    const results = await search(page, 'database');
    const pages = results.locator(':scope > a');
    const first = await pages.count();
    expect(first).toBeGreaterThanOrEqual(5);
    expect(first).toBeLessThan(10);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => pages.count()).toBeGreaterThan(first);
    await expect(pages.nth(first)).toBeFocused();
  });
});
