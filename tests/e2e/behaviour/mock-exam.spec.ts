/**
 * The mock exam, on the fixture site: FIX-C01's mock is 4 questions in 10 minutes over two domains, drawn
 * from a bank of 12 (tests/fixtures/site/questions/): ten choice questions, whose right option is "Setting
 * green N" (or, choosing two, "Setting red N" and "Setting blue N"), an ordering item and a matching item.
 */
import { expect, test, type Page } from '@playwright/test';
import { exportProgress, resetProgress } from '../helpers';
import { answerFixtureQuestion, MATCHING, ORDERING } from './fixture-questions';

const MOCK = 'exams/fix-c01/mock/';

const stage = (page: Page) => page.getByRole('region', { name: 'FIX-C01 mock exam', exact: true });
const question = (page: Page) => stage(page).getByRole('group');
const timer = (page: Page) => stage(page).getByRole('timer');

async function start(page: Page, { untimed = false } = {}) {
  if (untimed) await page.getByRole('checkbox', { name: /Take it untimed/ }).check();
  await page.getByRole('button', { name: 'Start the mock exam', exact: true }).click();
  await expect(stage(page).getByText('Question 1 of 4', { exact: true })).toBeVisible();
}

/** What the question on screen has chosen: the checked options' labels, or each select's chosen text. */
const answerShown = (page: Page) =>
  question(page)
    .locator('input:checked, select')
    .evaluateAll((controls) => controls.map((c) => (c instanceof HTMLSelectElement ? c.selectedOptions[0]!.text : c.closest('label')!.textContent)));

const focusedIsSelect = (page: Page) => page.evaluate(() => document.activeElement instanceof HTMLSelectElement);
/** Whether the focused control holds a choice: a checked option, or a select moved off its prompt. */
const focusedControlChosen = (page: Page) =>
  page.evaluate(() => {
    const control = document.activeElement;
    return control instanceof HTMLSelectElement ? control.selectedIndex > 0 : control instanceof HTMLInputElement && control.checked;
  });

const stemOf = async (page: Page) => question(page).locator('legend').innerText();
const optionTexts = async (page: Page) => question(page).locator('label').allInnerTexts();

async function answerAll(page: Page, right: boolean) {
  const stems: string[] = [];
  for (let i = 1; i <= 4; i++) {
    await expect(stage(page).getByText(`Question ${i} of 4`, { exact: true })).toBeVisible();
    stems.push(await stemOf(page));
    await answerFixtureQuestion(question(page), right);
    await stage(page)
      .getByRole('button', { name: i < 4 ? 'Next' : 'Review answers', exact: true })
      .click();
  }
  return stems;
}

async function submit(page: Page) {
  await stage(page).getByRole('button', { name: 'Submit the exam', exact: true }).click();
  await stage(page).getByRole('button', { name: 'Submit now', exact: true }).click();
  await expect(stage(page).getByRole('heading', { level: 2, name: /^Estimated score: \d+$/ })).toBeFocused();
}

test.beforeEach(async ({ page }) => {
  await page.clock.install();
  await page.goto(MOCK);
});

test('before it starts, the page says what the mock is: its length, time, rules and pass mark', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('FIX-C01 mock exam');
  await expect(page.getByText(/4 questions in 10 min/)).toBeVisible();
  await expect(page.getByText(/against the pass mark of 700/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Take it untimed/ })).not.toBeChecked();
});

test('a reload resumes the attempt with the same questions, option order, answers and flags, and less time', async ({ page }) => {
  await start(page);
  await expect(timer(page)).toHaveText('Time left 10:00');
  const firstStem = await stemOf(page);
  const firstOrder = await optionTexts(page);
  await answerFixtureQuestion(question(page), true);
  const chosen = await answerShown(page);
  expect(chosen.length).toBeGreaterThan(0);
  await stage(page).getByRole('button', { name: 'Flag for review', exact: true }).click();
  await stage(page).getByRole('button', { name: 'Next', exact: true }).click();
  const secondStem = await stemOf(page);
  await page.clock.runFor(61_000);
  await expect(timer(page)).toHaveText('Time left 8:59');

  await page.reload();
  await expect(stage(page).getByText('Question 2 of 4', { exact: true })).toBeVisible();
  expect(await stemOf(page)).toBe(secondStem);
  await expect(timer(page)).toHaveText(/^Time left [0-8]:\d\d$/);
  await stage(page).getByRole('button', { name: 'Previous', exact: true }).click();
  expect(await stemOf(page)).toBe(firstStem);
  expect(await optionTexts(page)).toEqual(firstOrder);
  expect(await answerShown(page)).toEqual(chosen);
  await expect(stage(page).getByRole('button', { name: 'Flag for review', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('the review screen lists every question as answered, unanswered or flagged, and goes back to one', async ({ page }) => {
  await start(page);
  await answerFixtureQuestion(question(page), true);
  await stage(page).getByRole('button', { name: 'Next', exact: true }).click();
  await stage(page).getByRole('button', { name: 'Flag for review', exact: true }).click();
  await stage(page).getByRole('button', { name: 'Review all', exact: true }).click();
  await expect(stage(page).getByRole('heading', { name: 'Review your answers', exact: true })).toBeFocused();
  const items = stage(page).getByRole('listitem');
  await expect(items).toHaveText(['Question 1: answered', 'Question 2: unanswered, flagged', 'Question 3: unanswered', 'Question 4: unanswered']);
  await stage(page).getByRole('button', { name: 'Question 2: unanswered, flagged', exact: true }).click();
  await expect(stage(page).getByText('Question 2 of 4', { exact: true })).toBeVisible();
  await expect(question(page).locator('legend')).toBeFocused();
});

test('everything works from the keyboard: choose, next, previous, flag, review', async ({ page }) => {
  await page.getByRole('button', { name: 'Start the mock exam', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(question(page).locator('legend')).toBeFocused();
  // The draw is random, so question 1 may be a choice (Space checks an option) or an ordering or matching
  // item (an arrow key picks in its first select); either way the focused control must now hold a choice.
  await page.keyboard.press('Tab');
  await page.keyboard.press((await focusedIsSelect(page)) ? 'ArrowDown' : 'Space');
  expect(await focusedControlChosen(page)).toBe(true);
  await stage(page).getByRole('button', { name: 'Next', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(stage(page).getByText('Question 2 of 4', { exact: true })).toBeVisible();
  await stage(page).getByRole('button', { name: 'Flag for review', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(stage(page).getByRole('button', { name: 'Flag for review', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await stage(page).getByRole('button', { name: 'Previous', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(stage(page).getByText('Question 1 of 4', { exact: true })).toBeVisible();
  await stage(page).getByRole('button', { name: 'Review all', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(stage(page).getByRole('heading', { name: 'Review your answers', exact: true })).toBeFocused();
});

test('the time running out warns at 5 minutes and submits the answers given', async ({ page }) => {
  await start(page);
  await answerFixtureQuestion(question(page), true);
  const announcer = stage(page).locator('[data-announce]');
  await page.clock.runFor(4 * 60_000 + 59_000);
  await expect(announcer).toHaveText('');
  await page.clock.runFor(2_000);
  await expect(announcer).toHaveText('5 minutes left.');
  await page.clock.runFor(5 * 60_000);
  await expect(stage(page).getByText('Time ran out, so your answers were submitted.', { exact: true })).toBeVisible();
  await expect(stage(page).getByText(/^1 of 4 right: below the pass mark of 700\.$/)).toBeVisible();
  await expect(stage(page).getByText('Time used: 10:00 of 10:00.', { exact: true })).toBeVisible();
});

test('the results give the estimated score, right answers per domain, what to study next and every question to review', async ({ page }) => {
  await start(page);
  // Right on the first two questions, wrong on the last two.
  for (let i = 1; i <= 4; i++) {
    await answerFixtureQuestion(question(page), i <= 2);
    await stage(page)
      .getByRole('button', { name: i < 4 ? 'Next' : 'Review answers', exact: true })
      .click();
  }
  await submit(page);
  await expect(stage(page).getByRole('heading', { level: 2 })).toHaveText('Estimated score: 550');
  await expect(stage(page).getByText('2 of 4 right: below the pass mark of 700.', { exact: true })).toBeVisible();
  const domains = stage(page).getByRole('table', { name: 'Right answers by FIX-C01 domain', exact: true });
  await expect(domains.getByRole('rowheader')).toHaveText(['Building', 'Running']);
  const perDomain = await domains.getByRole('cell').allInnerTexts();
  expect(perDomain.map((t) => Number(t.split(' of ')[1]))).toEqual([2, 2]);
  expect(perDomain.map((t) => Number(t.split(' of ')[0])).reduce((a, b) => a + b)).toBe(2);
  await expect(stage(page).getByRole('heading', { name: 'Study next', exact: true })).toBeVisible();
  const reviews = stage(page).locator('details');
  await expect(reviews).toHaveCount(4);
  await reviews.nth(3).locator('summary').click();
  await expect(reviews.nth(3)).toContainText('your answer');
  await expect(reviews.nth(3)).toContainText('correct');
  await expect(reviews.nth(3).getByRole('link', { name: 'Read the section that proves it', exact: true })).toHaveAttribute(
    'href',
    /^\/guide\/services\/\w+\/#/,
  );
});

test('a finished mock goes to the history, travels in an export, and the next mock asks other questions', async ({ page }) => {
  await start(page, { untimed: true });
  await expect(timer(page)).toHaveText('Time used 0:00 (untimed)');
  const first = await answerAll(page, true);
  await submit(page);
  await expect(stage(page).getByRole('heading', { level: 2 })).toHaveText('Estimated score: 1000');
  const history = page.getByRole('table', { name: 'Your FIX-C01 mock exams, newest first', exact: true });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('cell').first()).toHaveText('1000');

  const file = await exportProgress(page);
  await resetProgress(page);
  await page.reload();
  await expect(history).toBeHidden();
  await page.getByLabel('Import progress').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Progress imported.' })).toBeVisible();
  await page.reload();
  await expect(history.getByRole('row')).toHaveCount(2);

  await page.getByRole('button', { name: 'Start the mock exam', exact: true }).click();
  const second = await answerAll(page, false);
  expect(second.filter((stem) => first.includes(stem))).toEqual([]);
});

test('two tabs never work on one attempt: the second offers to continue there, and the first then stops', async ({ page, context }) => {
  await start(page);
  const other = await context.newPage();
  await other.goto(MOCK);
  await expect(other.getByRole('heading', { name: 'This mock exam is open in another tab', exact: true })).toBeVisible();
  await other.getByRole('button', { name: 'Continue here', exact: true }).click();
  await expect(stage(other).getByText('Question 1 of 4', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This mock exam is open in another tab', exact: true })).toBeVisible();
});

test('a reader whose browser keeps nothing is told so, and the mock still runs', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.reload();
  await start(page);
  await answerFixtureQuestion(question(page), true);
  await expect(page.getByRole('alert')).toHaveText(/does not let the guide save the mock exam/);
});

/** Chooses `text` in a select from the keyboard alone: Tab to it, then type the start of the option, as a reader would. */
async function typeInto(page: Page, text: string) {
  await page.keyboard.press('Tab');
  await page.keyboard.type(text);
}

test('ordering and matching items are answered from the keyboard, and scored all or nothing', async ({ page }) => {
  // Every choice question was met in an earlier mock, so this one asks the ordering and the matching item first.
  const met = Array.from({ length: 10 }, (_, i) => ({ id: `fixture-q${String(i + 1).padStart(2, '0')}`, chosen: [] }));
  await page.evaluate((items) => {
    const mock = {
      id: 'old',
      exam: 'FIX-C01',
      startedAt: '2026-12-01T10:00:00Z',
      finishedAt: '2026-12-01T10:05:00Z',
      timed: true,
      usedMs: 300_000,
      score: 100,
      passingScore: 700,
      right: 0,
      total: 10,
      items,
    };
    localStorage.setItem(
      'aws-study-guide:progress',
      JSON.stringify({ format: 'aws-study-guide-progress', version: 3, studied: {}, cards: {}, questions: {}, mocks: [mock] }),
    );
  }, met);
  await page.reload();
  await start(page);
  const seen: string[] = [];
  for (let i = 1; i <= 4; i++) {
    const stem = await stemOf(page);
    const n = /question (\d+)/.exec(stem)![1]!;
    seen.push(n);
    if (ORDERING[n]) for (const step of ORDERING[n]) await typeInto(page, step);
    else if (MATCHING[n]) for (const [, response] of MATCHING[n]) await typeInto(page, response);
    await stage(page)
      .getByRole('button', { name: i < 4 ? 'Next' : 'Review answers', exact: true })
      .click();
  }
  expect(seen).toEqual(expect.arrayContaining(['11', '12']));
  await submit(page);
  const reviews = stage(page).locator('details summary');
  await expect(reviews.nth(seen.indexOf('11'))).toHaveText(`Question ${seen.indexOf('11') + 1}: right`);
  await expect(reviews.nth(seen.indexOf('12'))).toHaveText(`Question ${seen.indexOf('12') + 1}: right`);
});

test('in practice, an ordering item and a matching item are answered from the keyboard and explained', async ({ page }) => {
  await page.goto('practice/?deck=service-beta');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const group = page.getByRole('group');
  await expect(group.locator('legend')).toBeFocused();
  // Steps in the wrong order: the verdict shows the right one.
  for (const step of [...ORDERING['11']!].reverse()) await typeInto(page, step);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Not quite: the right answer is below', exact: true })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Practice session', exact: true }).getByRole('listitem').first()).toHaveText(
    'Step 1: Plan 11 (correct; your answer: Ship 11)',
  );
  await page.getByRole('button', { name: 'Next question', exact: true }).click();
  await expect(group.locator('legend')).toBeFocused();
  for (const [, response] of MATCHING['12']!) await typeInto(page, response);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeFocused();
});
