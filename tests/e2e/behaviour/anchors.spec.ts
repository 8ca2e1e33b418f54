/**
 * Sections and table rows are linkable: what a reader hears, what a shared link opens, what the
 * link control copies. On the fixture site, under /guide/ (paths in `goto` are relative to it).
 */
import { expect, test } from '@playwright/test';
import { expectBelowHeader } from '../helpers';

const ALPHA = 'services/alpha/';

test.describe('accessible names', () => {
  test('a heading is announced by its text alone; its link control is beside it', async ({ page }) => {
    await page.goto(ALPHA);
    await expect(page.getByRole('heading', { name: 'Cold starts', exact: true })).toHaveAttribute('id', 'cold-starts');
    await expect(page.getByRole('link', { name: 'Link to section: Cold starts', exact: true })).toHaveAttribute('href', '#cold-starts');
  });

  test('so is a section the page adds, and a heading that shares a layout id’s text', async ({ page }) => {
    await page.goto(ALPHA);
    await expect(page.getByRole('heading', { name: 'Key facts', exact: true })).toHaveAttribute('id', 'key-facts');
    await expect(page.getByRole('heading', { name: 'Main', exact: true })).toHaveAttribute('id', 'main');
    await expect(page.getByRole('main')).toHaveAttribute('id', '_main');
  });

  test('a row header is announced as the row’s name; a row named like an added section steps aside', async ({ page }) => {
    await page.goto(ALPHA);
    await expect(page.getByRole('rowheader', { name: 'Run time', exact: true })).toBeVisible();
    await expect(page.getByRole('row', { name: /^Comparisons/ })).toHaveAttribute('id', 'comparisons-1');
    await expect(page.getByRole('link', { name: 'Link to row: Comparisons', exact: true })).toHaveAttribute('href', '#comparisons-1');
  });

  test('headings on index pages have the same link control', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Services by category', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Link to section: Services by category', exact: true })).toHaveAttribute('href', '#categories-title');
  });
});

test.describe('shared links', () => {
  test('a deep link opens at its section, below the sticky header, without scrolling there', async ({ context }) => {
    // A fresh tab, as when a teammate opens the link: the section must be in place once the page has
    // loaded, not reached by an animated scroll from the top.
    const shared = await context.newPage();
    await shared.goto(`${ALPHA}#limits`);
    await expectBelowHeader(shared, '#limits');
  });

  test('a row link opens with that row highlighted and below the header', async ({ page }) => {
    await page.goto(`${ALPHA}#memory`);
    await expect(page.locator('tr#memory')).toBeInViewport();
    await expectBelowHeader(page, 'tr#memory > th');
    const background = (id: string) => page.locator(`tr#${id} > th`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('memory')).not.toBe(await background('run-time'));
  });

  test('the section link control copies the section URL from the keyboard and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(ALPHA);
    await page.getByRole('link', { name: 'Link to section: Pricing', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${ALPHA}#pricing`);
    await expect(page).toHaveURL(`${baseURL}${ALPHA}#pricing`);
  });

  test('the row link control copies the row URL', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(ALPHA);
    await page.getByRole('link', { name: 'Link to row: Memory', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${ALPHA}#memory`);
  });
});

test.describe('renamed sections', () => {
  test('a link to a former heading id lands on the renamed section, highlighted', async ({ page }) => {
    await page.goto(`${ALPHA}#charges`);
    const pricing = page.getByRole('heading', { name: 'Pricing', exact: true });
    await expect(pricing).toBeInViewport();
    await expectBelowHeader(page, '#pricing');
    const background = (name: string) => page.getByRole('heading', { name, exact: true }).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('Pricing')).not.toBe(await background('Limits'));
  });

  test('a link to a former row id lands on the row, highlighted', async ({ page }) => {
    await page.goto(`${ALPHA}#memory-limit`);
    await expect(page.locator('tr#memory')).toBeInViewport();
    const background = (id: string) => page.locator(`tr#${id} > th`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('memory')).not.toBe(await background('run-time'));
  });
});
