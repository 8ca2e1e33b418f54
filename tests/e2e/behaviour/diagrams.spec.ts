/**
 * A diagram (```diagram fence, plugins/rehype-diagrams.ts) on the fixture site, under /guide/: its caption's
 * link copies the figure's address and lands on it highlighted, and on a phone the drawing scrolls inside
 * its frame while the page never scrolls sideways.
 */
import { expect, test } from '@playwright/test';
import { expectBelowHeader } from '../helpers';

const BETA = 'services/beta/';
const ID = 'a-beta-job-from-queue-to-result';
const CAPTION = 'A Beta job from queue to result';

test('the figure is an image named by its caption and described in words', async ({ page }) => {
  await page.goto(BETA);
  const image = page.getByRole('img', { name: CAPTION, exact: true });
  await expect(image).toBeVisible();
  await expect(image).toHaveAccessibleDescription(/^A job waits in the queue, Beta takes it and hands it to Alpha/);
  await expect(page.getByRole('figure', { name: CAPTION, exact: true })).toHaveAttribute('id', ID);
});

test('the caption’s link control copies the diagram’s URL and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(BETA);
  await page.getByRole('link', { name: `Link to diagram: ${CAPTION}`, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${BETA}#${ID}`);
});

test('a link to the diagram opens at it, below the header, with its caption highlighted', async ({ context }) => {
  const shared = await context.newPage();
  await shared.goto(`${BETA}#${ID}`);
  await expectBelowHeader(shared, `#${ID} > figcaption`);
  const background = (selector: string) => shared.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background(`#${ID} > figcaption`)).not.toBe(await background(`#${ID} > .diagram-description`));
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the drawing keeps its size and scrolls inside its frame; the page does not scroll sideways', async ({ page }) => {
    await page.goto(BETA);
    const frame = page.getByRole('region', { name: CAPTION, exact: true });
    await frame.scrollIntoViewIfNeeded();
    const overflow = await frame.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, 'the drawing is wider than a phone, so its frame must scroll').toBeGreaterThan(0);
    // Its labels stay at their drawn size (14 px), not shrunk to fit.
    const natural = Number(await frame.locator('svg').getAttribute('width'));
    expect((await frame.locator('svg').boundingBox())!.width).toBeCloseTo(natural, 0);
    await frame.evaluate((el) => {
      el.scrollTo({ left: el.scrollWidth });
    });
    expect(await frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('the frame can be reached and scrolled with the keyboard', async ({ page }) => {
    await page.goto(BETA);
    const frame = page.getByRole('region', { name: CAPTION, exact: true });
    await frame.focus();
    await expect(frame).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});
