/**
 * Study mode as a reader uses it: practice questions with verdicts and proof links, flashcards on a
 * schedule, progress that survives a reload and travels by export and import.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { exportProgress, resetProgress } from '../helpers';

interface DeckQuestion {
  question: string;
  options: string[];
  answer: string[];
  proof: string;
}

async function startPractice(page: Page, deck: string, count = '5') {
  await page.goto(`/practice/?deck=${deck}`);
  await page.getByRole('combobox', { name: 'Number of questions' }).selectOption(count);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  return page.getByRole('group');
}

async function shownQuestion(page: Page, deck: string): Promise<DeckQuestion> {
  const { items } = (await (await page.request.get(`/practice/decks/${deck}.json`)).json()) as { items: DeckQuestion[] };
  const legend = (await page.locator('legend').innerText()).trim();
  const question = items.find((q) => q.question.trim() === legend);
  expect(question, `question "${legend}" is in the deck`).toBeDefined();
  return question!;
}

/**
 * The question's options in the order this session shows them, and the letters they are shown at: each
 * session shuffles them, so a test finds an option by its text, never by the letter it has in the deck.
 */
async function shownOptions(page: Page, question: DeckQuestion) {
  const shown = (await page.locator('fieldset label').allInnerTexts()).map((text) => text.trim().replace(/^[A-F]\. /, ''));
  expect([...shown].sort()).toEqual([...question.options].sort());
  const letterOf = (text: string) => 'ABCDEF'[shown.indexOf(text)]!;
  const keys = question.answer.map((letter) => question.options['ABCDEF'.indexOf(letter)]!);
  const wrong = question.options.find((text) => !keys.includes(text))!;
  return { wrong: { letter: letterOf(wrong), text: wrong }, keyLetters: keys.map(letterOf).sort() };
}

test('a wrong answer gets the verdict, the explanation and a link to the section that proves it', async ({ page }) => {
  await startPractice(page, 'service-lambda');
  const question = await shownQuestion(page, 'service-lambda');
  const { wrong, keyLetters } = await shownOptions(page, question);
  await page.getByRole(question.answer.length > 1 ? 'checkbox' : 'radio', { name: `${wrong.letter}. ${wrong.text}`, exact: true }).check();
  await page.getByRole('button', { name: 'Check answer', exact: true }).click();
  const verdict = page.getByRole('heading', { name: `Not quite: the answer is ${keyLetters.join(' and ')}`, exact: true });
  await expect(verdict).toBeFocused();
  await page.getByRole('link', { name: 'Read the section that proves it', exact: true }).click();
  const proof = new URL(question.proof, 'http://x');
  await expect(page).toHaveURL(new RegExp(`${proof.pathname}${proof.hash}$`));
  const target = page.locator(`[id="${proof.hash.slice(1)}"]`);
  await expect(target).toBeInViewport();
  // Linked sections and rows are highlighted through :target (styles/global.css).
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('a missed question comes back first after a reload', async ({ page }) => {
  await startPractice(page, 'service-sqs');
  const first = await shownQuestion(page, 'service-sqs');
  await page.getByRole('button', { name: 'Check answer', exact: true }).click(); // nothing chosen: asks for a choice
  await expect(page.getByText('Choose', { exact: false }).last()).toBeAttached();
  const { wrong } = await shownOptions(page, first);
  await page.getByRole(first.answer.length > 1 ? 'checkbox' : 'radio', { name: `${wrong.letter}. ${wrong.text}`, exact: true }).check();
  await page.getByRole('button', { name: 'Check answer', exact: true }).click();
  await page.getByRole('button', { name: 'Next question', exact: true }).click();
  await page.reload();
  await startPractice(page, 'service-sqs');
  // The second question is now first among the unseen, so only a remembered miss puts the first one back on top.
  expect((await shownQuestion(page, 'service-sqs')).question).toBe(first.question);
});

test('“Mark as studied” survives a reload and counts on the exam page', async ({ page }) => {
  await page.goto('/services/lambda/');
  const mark = page.getByRole('button', { name: 'Mark as studied', exact: true });
  await mark.click();
  await expect(page.getByRole('button', { name: 'Studied', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Studied', exact: true })).toBeVisible();
  await page.goto('/exams/saa-c03/');
  await expect(page.getByText(/^1 of this exam’s \d+ service pages marked studied\.$/)).toBeVisible();
});

test('export, reset and import restore progress; a file that is not an export is refused', async ({ page }) => {
  await page.goto('/services/sqs/');
  await page.getByRole('button', { name: 'Mark as studied', exact: true }).click();
  await page.goto('/practice/');
  const file = await exportProgress(page);
  await resetProgress(page);

  await page.getByLabel('Import progress').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json') });
  await expect(page.getByRole('status').filter({ hasText: 'Not imported: The file is not JSON' })).toBeVisible();

  await page.getByLabel('Import progress').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Progress imported.' })).toBeVisible();
  await page.goto('/services/sqs/');
  await expect(page.getByRole('button', { name: 'Studied', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('flashcards fetch no deck until the reader chooses one', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/flashcards/decks/')) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/flashcards/');
  const due = page.getByRole('status').filter({ hasText: 'Choose a deck' });
  await expect(due).toBeVisible();
  expect(fetched).toEqual([]);
  await page.getByRole('combobox', { name: 'Deck' }).selectOption('service-sqs');
  await expect(page.getByRole('status').filter({ hasText: 'due today in this deck' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Flashcard' })).toBeVisible();
  expect(fetched).toEqual(['/flashcards/decks/service-sqs.json']);
});

test('grading a flashcard changes how many are due today', async ({ page }) => {
  await page.goto('/flashcards/?deck=service-lambda');
  const due = page.getByRole('status').filter({ hasText: 'due today' });
  await expect(due).toBeVisible();
  const before = Number(/^(\d+)/.exec((await due.innerText()))![1]);
  await page.getByRole('button', { name: 'Show answer (Space)', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('link', { name: 'Read the section', exact: true })).toBeVisible();
  await page.keyboard.press('2');
  await expect(due).toHaveText(new RegExp(`^${before - 1} cards? due today`));
});

test('study pages in use have no axe violations', async ({ page }) => {
  const axe = async () => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze()).violations.map((v) => v.id);
  await startPractice(page, 'service-lambda');
  await page.locator('practice-app input').first().check();
  await page.getByRole('button', { name: 'Check answer', exact: true }).click();
  expect(await axe()).toEqual([]);
  await page.goto('/flashcards/?deck=service-lambda');
  await page.getByRole('button', { name: 'Show answer (Space)', exact: true }).click();
  expect(await axe()).toEqual([]);
});
