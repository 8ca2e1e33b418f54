/**
 * The exam blueprint and study path, on the fixture site: FIX-C01 has task 1.1 (alpha and gamma) and task
 * 2.1 (alpha's limits and pricing), six fixture questions each (see fixture-questions.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { answerFixtureQuestion } from './fixture-questions';

const task = (page: Page, number: string) => page.getByRole('region', { name: new RegExp(`^Task ${number.replace('.', '\\.')}: `) });

/** Answers every question of a practice session right, then returns to the page it started from. */
async function practiseAllRight(page: Page) {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  for (;;) {
    await answerFixtureQuestion(page.getByRole('group'), true);
    await page.getByRole('button', { name: 'Check answer', exact: true }).click();
    const next = page.getByRole('button', { name: /^(Next question|See your score)$/ });
    const label = await next.innerText();
    await next.click();
    if (label === 'See your score') break;
  }
  await expect(page.getByRole('heading', { name: /^You scored \d+ of \d+$/ })).toBeVisible();
}

test('each task statement has its own section with what it examines, where to read, and a practice link', async ({ page, baseURL }) => {
  await page.goto('exams/fix-c01/');
  const first = task(page, '1.1');
  await expect(first.getByRole('heading', { level: 4 })).toHaveText('Task 1.1: Build with the fixture services');
  await expect(first.getByRole('heading', { level: 4 })).toHaveAttribute('id', 'task-1-1');
  await expect(first.getByRole('listitem')).toContainText(['How alpha runs a job when an event arrives']);
  await expect(first.getByRole('link', { name: 'Amazon Alpha Service: How it works', exact: true })).toHaveAttribute(
    'href',
    '/guide/services/alpha/#how-it-works',
  );
  await page
    .getByRole('table', { name: 'FIX-C01 content domains and their share of the scored questions', exact: true })
    .getByRole('link', { name: '2.1', exact: true })
    .click();
  await expect(page).toHaveURL(`${baseURL}exams/fix-c01/#task-2-1`);
  await first.getByRole('link', { name: 'Practise task 1.1', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Exam domain or task statement' })).toHaveValue('task:1.1');
});

test('practising a task updates its accuracy on the exam page', async ({ page }) => {
  await page.goto('exams/fix-c01/');
  await expect(task(page, '1.1')).not.toContainText('your answers');
  await task(page, '1.1').getByRole('link', { name: 'Practise task 1.1', exact: true }).click();
  await practiseAllRight(page);
  await page.goto('exams/fix-c01/');
  await expect(task(page, '1.1')).toContainText('your answers: 6 of 6 right (100%)');
  await expect(task(page, '2.1')).not.toContainText('your answers');
});

test('the study path marks studied pages and names what to study next', async ({ page }) => {
  await page.goto('services/alpha/');
  await page.getByRole('button', { name: 'Mark as studied', exact: true }).click();
  await page.goto('exams/fix-c01/path/');
  const path = task(page, '1.1');
  // The reading step is a list item holding the list of sections: the innermost item is the section's.
  const item = (name: string) => path.getByRole('listitem').filter({ hasText: name }).last();
  await expect(item('Amazon Alpha Service: How it works').getByText('(page studied)')).toBeVisible();
  await expect(item('Amazon Gamma Guard: How it works').getByText('(page studied)')).toBeHidden();
  const next = page.getByRole('region', { name: 'What to study next', exact: true }).getByRole('list');
  await expect(next.getByRole('link')).toHaveText(['Task 1.1: Build with the fixture services', 'Task 2.1: Run the fixture services within their limits']);
  await path.getByRole('link', { name: 'Practise task 1.1', exact: true }).click();
  await practiseAllRight(page);
  await page.goto('exams/fix-c01/path/');
  await expect(next.getByRole('link')).toHaveText(['Task 2.1: Run the fixture services within their limits']);
  await expect(path).toContainText('your answers: 6 of 6 right (100%)');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the exam page and the study path are plain lists of working links', async ({ page, baseURL }) => {
    await page.goto('exams/fix-c01/path/');
    await expect(page.getByRole('region', { name: 'What to study next', exact: true })).toBeHidden();
    const steps = task(page, '2.1').getByRole('list').getByRole('link');
    await expect(steps).toHaveText(['Amazon Alpha Service: Run time', 'Amazon Alpha Service: Pricing', 'Alpha', 'Practise task 2.1']);
    await steps.first().click();
    await expect(page).toHaveURL(`${baseURL}services/alpha/#run-time`);
    await page.goto('exams/fix-c01/');
    await expect(task(page, '2.1').getByRole('link', { name: 'Amazon Alpha Service: Pricing', exact: true })).toBeVisible();
  });
});
