/**
 * A question as a form, for practice and mock exams alike: radio buttons or checkboxes for choice items,
 * one select per step for ordering items, one select per prompt for matching items (native controls, so
 * keyboards and screen readers work them as they work any form). Choices appear in `order` and answers
 * are read back as original indexes (-1 for a step or prompt not chosen yet).
 */
import { choicesOf, keyOf, OPTION_LETTERS, type MatchingQuestion, type OrderingQuestion, type PracticeQuestion } from '../../utils/study/practice';
import { el } from './dom';

export interface QuestionForm {
  fieldset: HTMLFieldSetElement;
  legend: HTMLLegendElement;
  /** The answer as original indexes, or undefined when nothing is chosen. */
  read: () => number[] | undefined;
  /** Locks the controls once the answer is checked or submitted. */
  lock: () => void;
}

const box = 'flex gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700';

/** What an ordering or matching item's selects are labelled by: its positions, or its prompts. */
const rowsOf = (question: OrderingQuestion | MatchingQuestion) =>
  question.type === 'ordering' ? question.items.map((_, i) => `Step ${i + 1}`) : question.prompts;

/** What a reader is asked to do, said once under the question. */
export const instructionOf = (q: PracticeQuestion) =>
  q.type === 'ordering'
    ? 'Put the steps in order: choose a step for each position.'
    : q.type === 'matching'
      ? 'Choose the response that matches each prompt.'
      : undefined;

export function questionForm(question: PracticeQuestion, order: readonly number[], chosen: readonly number[] | undefined, name: string): QuestionForm {
  const legend = el('legend', { className: 'text-lg font-semibold', tabIndex: -1 }, question.question);
  const fieldset = el('fieldset', { className: 'space-y-3' }, legend);
  const choices = choicesOf(question);
  if (question.type === 'choice') {
    const multiple = question.answer.length > 1;
    fieldset.append(
      ...order.map((original, shown) =>
        el(
          'label',
          { className: box },
          el('input', {
            type: multiple ? 'checkbox' : 'radio',
            name,
            value: String(original),
            className: 'mt-1',
            checked: chosen?.includes(original) ?? false,
          }),
          el('span', {}, el('span', { className: 'font-semibold' }, `${OPTION_LETTERS[shown]!}. `), choices[original]!),
        ),
      ),
    );
    const inputs = [...fieldset.querySelectorAll('input')];
    return {
      fieldset,
      legend,
      read: () => {
        const picked = inputs.filter((i) => i.checked).map((i) => Number(i.value));
        return picked.length > 0 ? picked : undefined;
      },
      lock: () => {
        for (const input of inputs) input.disabled = true;
      },
    };
  }
  const rows = rowsOf(question);
  fieldset.append(el('p', { className: 'text-sm text-slate-700 dark:text-slate-300' }, instructionOf(question)!));
  const selects = rows.map((label, i) => {
    const select = el('select', { className: 'study-select w-full sm:w-auto', name: `${name}-${i}` });
    select.append(
      new Option(question.type === 'ordering' ? 'Choose a step' : 'Choose a response', '-1'),
      ...order.map((original) => new Option(choices[original], String(original))),
    );
    select.value = String(chosen?.[i] ?? -1);
    fieldset.append(
      el('label', { className: `${box} flex-col sm:flex-row sm:items-center sm:justify-between` }, el('span', { className: 'font-medium' }, label), select),
    );
    return select;
  });
  return {
    fieldset,
    legend,
    read: () => {
      const picked = selects.map((s) => Number(s.value));
      return picked.some((i) => i >= 0) ? picked : undefined;
    },
    lock: () => {
      for (const select of selects) select.disabled = true;
    },
  };
}

/**
 * The answer in words, for the verdict and the review: each option shown with the reader's choice and the
 * key marked, or each step or prompt with what the reader chose and what is right.
 */
export function answerLines(question: PracticeQuestion, order: readonly number[], chosen: readonly number[] | undefined): string[] {
  const choices = choicesOf(question);
  const key = keyOf(question);
  if (question.type === 'choice') {
    return order.map((original, shown) => {
      const marks = [...(chosen?.includes(original) ? ['your answer'] : []), ...(key.includes(original) ? ['correct'] : [])];
      return `${OPTION_LETTERS[shown]!}. ${choices[original]!}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`;
    });
  }
  const rows = rowsOf(question);
  return rows.map((label, i) => {
    const mine = chosen?.[i] ?? -1;
    const right = choices[key[i]!]!;
    const yours = mine < 0 ? 'no answer' : choices[mine]!;
    return mine === key[i] ? `${label}: ${right} (your answer, correct)` : `${label}: ${right} (correct; your answer: ${yours})`;
  });
}
