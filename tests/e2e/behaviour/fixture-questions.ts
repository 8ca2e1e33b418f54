/**
 * The fixture site's practice questions (tests/fixtures/site/questions/) and how to answer them: ten choice
 * questions whose right option is "Setting green N" (or, choosing two, "Setting red N" and "Setting blue
 * N"), the ordering item 11 and the matching item 12.
 */
import type { Locator } from '@playwright/test';

export const ORDERING: Record<string, string[]> = { '11': ['Plan 11', 'Build 11', 'Test 11', 'Ship 11'] };
export const MATCHING: Record<string, [prompt: string, response: string][]> = {
  '12': [
    ['Red light 12', 'Stop 12'],
    ['Green light 12', 'Go 12'],
    ['Amber light 12', 'Wait 12'],
  ],
};

/** Answers the question in `group` (its fieldset) right, with the fixture's key, or wrong. */
export async function answerFixtureQuestion(group: Locator, right: boolean) {
  const stem = await group.locator('legend').innerText();
  const n = /question (\d+)/.exec(stem)![1]!;
  const steps = ORDERING[n];
  if (steps) {
    const order = right ? steps : [...steps].reverse();
    for (const [i, step] of order.entries()) await group.getByRole('combobox', { name: `Step ${i + 1}`, exact: true }).selectOption({ label: step });
    return;
  }
  const pairs = MATCHING[n];
  if (pairs) {
    for (const [prompt, response] of pairs)
      await group.getByRole('combobox', { name: prompt, exact: true }).selectOption({ label: right ? response : 'Reverse 12' });
    return;
  }
  const multiple = stem.endsWith('(Choose two.)');
  const picks = right ? (multiple ? ['red', 'blue'] : ['green']) : multiple ? ['green', 'amber'] : ['amber'];
  for (const colour of picks) await group.getByLabel(`Setting ${colour} ${n}`, { exact: false }).check();
}
