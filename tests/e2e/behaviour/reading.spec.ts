/**
 * The reading aids of a topic page on the fixture site (hosted under /guide/): contents, theme, copy-link,
 * a retired service's notice, and the page without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';

const contents = (page: Page) => page.getByRole('navigation', { name: 'On this page', exact: true });
/** A section's heading. Its accessible name may end with that of the "link to this section" control inside it. */
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
/** Scrolls as a jump to the section would: its heading at the top of the view, below the header. */
const scrollToHeading = (page: Page, name: string) =>
  heading(page, name).evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
  });

test('the table of contents marks the section being read, scrolling down and back up', async ({ page }) => {
  await page.goto('services/alpha/');
  const pricing = contents(page).getByRole('link', { name: 'Pricing', exact: true });
  const first = contents(page).getByRole('link', { name: 'How it works', exact: true });
  await expect(pricing).not.toHaveAttribute('aria-current');

  await scrollToHeading(page, 'Pricing');
  await expect(pricing).toHaveAttribute('aria-current', 'true');
  await expect(contents(page).locator('a[aria-current]:visible')).toHaveCount(1);

  await scrollToHeading(page, 'How it works');
  await expect(first).toHaveAttribute('aria-current', 'true');
  await expect(pricing).not.toHaveAttribute('aria-current');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the table of contents starts folded above the article and folds again after a pick', async ({ page, baseURL }) => {
    await page.goto('services/alpha/');
    const link = contents(page).getByRole('link', { name: 'Pricing', exact: true });
    await expect(link).toBeHidden();
    // The disclosure's summary has no ARIA role to find it by.
    await contents(page).locator('summary').click();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(`${baseURL}services/alpha/#pricing`);
    await expect(link).toBeHidden();
  });
});

test('a retired service says so and links its alternatives', async ({ page, baseURL }) => {
  await page.goto('services/beta/');
  const notice = page.getByRole('note');
  await expect(notice).toContainText('Retired since');
  await notice.getByRole('link', { name: 'Amazon Alpha Service', exact: true }).click();
  await expect(page).toHaveURL(`${baseURL}services/alpha/`);
});

test.describe('the theme toggle', () => {
  const background = (page: Page) => page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);

  test('switches to dark and back, and the choice survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('services/alpha/');
    const toggle = page.getByRole('button', { name: 'Dark theme', exact: true });
    const light = await background(page);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background(page)).not.toBe(light);

    await page.reload();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background(page)).toBe(light);
  });

  test('follows the system until the reader picks a theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('services/alpha/');
    const toggle = page.getByRole('button', { name: 'Dark theme', exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  });
});

test.describe('the link to a section', () => {
  test('copies the section address, jumps there and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('services/alpha/');
    await page.getByRole('link', { name: 'Link to section: Pricing', exact: true }).click();
    // The page has other live regions (the offline control's); the toast is the one that speaks.
    const toast = page.getByRole('status').filter({ hasText: 'Link copied' });
    await expect(toast).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}services/alpha/#pricing`);
    await expect(page).toHaveURL(`${baseURL}services/alpha/#pricing`);
    // The message goes away by itself.
    await expect(toast).toHaveCount(0);
  });

  test('says where the address is when it cannot be copied', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.goto('services/alpha/');
    await page.getByRole('link', { name: 'Link to row: Memory', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Could not copy' })).toHaveText('Could not copy: the link is in the address bar');
    await expect(page).toHaveURL(`${baseURL}services/alpha/#memory`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the contents are plain links and the theme follows the system', async ({ page, baseURL }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('services/alpha/');
    await expect(page.getByRole('button', { name: 'Dark theme', exact: true })).toBeHidden();
    expect(await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    await contents(page).getByRole('link', { name: 'Pricing', exact: true }).click();
    await expect(page).toHaveURL(`${baseURL}services/alpha/#pricing`);
    await expect(heading(page, 'Pricing')).toBeInViewport();
  });

  test('the search control is a link to the index of all topics', async ({ page, baseURL }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Search Ctrl K', exact: true })).toBeHidden();
    await page.getByRole('link', { name: 'Browse all topics', exact: true }).first().click();
    await expect(page).toHaveURL(`${baseURL}topics/`);
    await expect(page.getByRole('link', { name: 'Amazon Alpha Service', exact: true })).toHaveAttribute('href', '/guide/services/alpha/');
  });
});
