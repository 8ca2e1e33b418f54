import { expect, test } from '@playwright/test';
import { search, searchResults } from '../helpers';

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

  test('links a retired service to its notice and alternatives', async ({ page }) => {
    await page.goto('/services/qldb/');
    const notice = page.getByRole('note');
    await expect(notice).toContainText('Retired since');
    await expect(notice.getByRole('link', { name: 'Amazon Aurora' })).toHaveAttribute('href', '/services/aurora/');
  });
});

test.describe('search', () => {
  for (const [query, title] of [
    ['ec2', 'Amazon Elastic Compute Cloud'],
    ['lambda', 'AWS Lambda'],
    ['Elastic Compute Cloud', 'Amazon Elastic Compute Cloud'],
    ['Dynamo', 'Amazon DynamoDB'],
  ] as const) {
    test(`"${query}" puts ${title} first`, async ({ page }) => {
      await page.goto('/');
      const results = await search(page, query);
      await expect(results.first().locator('a').first()).toContainText(title);
    });
  }

  test('following the first result opens the service page', async ({ page }) => {
    await page.goto('/');
    const results = await search(page, 'ec2');
    await results.first().locator('a').first().click();
    await expect(page).toHaveURL('/services/ec2/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Amazon Elastic Compute Cloud');
  });

  test('results link to matching sections by their anchor', async ({ page }) => {
    await page.goto('/');
    const results = await search(page, 'cold start');
    const section = results.first().locator('ul a').first();
    await expect(section).toHaveAttribute('href', /^\/services\/lambda\/\?highlight=cold\+start#[a-z0-9-]+$/);
  });

  test('the page a result opens marks the words searched for, and the address stays clean', async ({ page }) => {
    await page.goto('/');
    const results = await search(page, 'cold start');
    const section = results.first().locator('ul a').first();
    const href = (await section.getAttribute('href'))!;
    await section.click();
    const hash = href.slice(href.indexOf('#'));
    await expect(page).toHaveURL(`/services/lambda/${hash}`);
    await expect(page.locator(hash)).toBeInViewport();
    await expect(page.locator('article mark.search-hit').first()).toHaveText(/cold|start/i);
  });

  test('from the keyboard alone: "/" to open, type, arrows to a section, Enter to go there', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search services, comparisons and concepts' })).toBeFocused();
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
    await expect(page).toHaveURL(new RegExp(`/services/lambda/${hash}$`));
    await expect(page.locator(hash)).toBeInViewport();
  });

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

  test('filters results by category', async ({ page }) => {
    await page.goto('/');
    const results = await search(page, 'replication');
    const categories = () => results.locator(':scope > a > span:nth-child(2)').allInnerTexts();
    await expect.poll(async () => new Set(await categories())).not.toEqual(new Set(['Database']));
    await page.getByRole('combobox', { name: 'Category' }).selectOption('Database');
    await expect.poll(async () => new Set(await categories())).toEqual(new Set(['Database']));
  });

  test('says so when the search index cannot be loaded, and a retry recovers', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).first().click();
    await page.getByRole('searchbox', { name: 'Search services, comparisons and concepts' }).fill('Lambda');
    await expect(page.getByRole('status').filter({ hasText: 'Search could not be loaded' })).toBeVisible();
    await page.unroute('**/pagefind/**');
    await page.getByRole('button', { name: 'Try again', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'for “Lambda”' })).toBeVisible();
    await expect(searchResults(page).locator(':scope > li').first().locator('a').first()).toHaveAttribute('href', /\/services\/lambda\//);
  });

  test('filters results by exam', async ({ page }) => {
    await page.goto('/');
    const results = await search(page, 'Keyspaces');
    const urls = () => results.locator(':scope > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await expect.poll(urls).toContain('/services/keyspaces/');
    // Amazon Keyspaces is in scope for the Solutions Architect exam only.
    await page.getByRole('combobox', { name: 'Exam' }).selectOption('CLF-C02');
    await expect.poll(urls).not.toContain('/services/keyspaces/');
    await page.getByRole('combobox', { name: 'Exam' }).selectOption('SAA-C03');
    await expect.poll(async () => (await urls())[0]).toBe('/services/keyspaces/');
  });

  test('opens with Ctrl+K and "/" and closes with Escape', async ({ page }) => {
    await page.goto('/services/ec2/');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the table of contents starts folded above the article and folds again after a pick', async ({ page }) => {
    await page.goto('/services/lambda/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const firstLink = toc.locator('details a').first();
    await expect(firstLink).toBeHidden();
    await toc.locator('summary').click();
    await expect(firstLink).toBeVisible();
    await firstLink.click();
    await expect(firstLink).toBeHidden();
  });

  test('a comparison table scrolls inside its box instead of widening the page', async ({ page }) => {
    await page.goto('/compare/batch-vs-lambda/');
    await expect(page.locator('.table-scroll').first()).toBeVisible();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search box is a link to the index of all topics', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
    await page.getByRole('link', { name: 'Browse all topics' }).first().click();
    await expect(page).toHaveURL('/topics/');
    await expect(page.getByRole('link', { name: 'AWS Lambda', exact: true })).toHaveAttribute('href', '/services/lambda/');
  });
});

test.describe('theme', () => {
  test('the toggle switches to dark and the choice survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });
});
