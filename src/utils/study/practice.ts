/**
 * Practice sessions: which questions to ask, and the score by exam domain at the end. Pure functions, so
 * the page script only wires them to the DOM and storage.
 */
import { isDue, type ItemState } from './schedule';

/** The letters options are named by in `answer`, in order: A is the first option shown. */
export const OPTION_LETTERS = 'ABCDEF';

interface QuestionBase {
  id: string;
  /** Exam code → the exam's domain the question belongs to, by name. */
  exams: Record<string, string>;
  /** Exam code → the task statement it tests: "1.2". */
  tasks: Record<string, string>;
  services: string[];
  question: string;
  explanation: string;
  proof: string;
}

/** Multiple choice or multiple response: `answer` holds the letters of the right options. */
export type ChoiceQuestion = QuestionBase & { type: 'choice'; options: string[]; answer: string[] };
/** Ordering: `items` in their right order. */
export type OrderingQuestion = QuestionBase & { type: 'ordering'; items: string[] };
/** Matching: each prompt's right response is `responses[key[i]]`. */
export type MatchingQuestion = QuestionBase & { type: 'matching'; prompts: string[]; responses: string[]; key: number[] };

/** A question as the study pages get it, in its deck. */
export type PracticeQuestion = ChoiceQuestion | OrderingQuestion | MatchingQuestion;

/**
 * What a reader picks from, by original index: a choice question's options, an ordering item's steps, a
 * matching item's responses. Pages show them in a shuffled order and record answers by these indexes.
 */
export const choicesOf = (q: PracticeQuestion): string[] => (q.type === 'choice' ? q.options : q.type === 'ordering' ? q.items : q.responses);

/**
 * The right answer as indexes: a choice question's right options (any order), an ordering item's steps
 * by position, a matching item's response for each prompt.
 */
export const keyOf = (q: PracticeQuestion): number[] =>
  q.type === 'choice' ? q.answer.map((letter) => OPTION_LETTERS.indexOf(letter)) : q.type === 'ordering' ? q.items.map((_, i) => i) : q.key;

/**
 * Right only when the answer is complete and exact, as the exams score it: every right option and no
 * wrong one; every step in its place; every prompt with its response. Unanswered counts as wrong.
 * An ordering or matching answer holds -1 where the reader has not chosen yet.
 */
export function answeredRight(q: PracticeQuestion, chosen: readonly number[] | undefined): boolean {
  const key = keyOf(q);
  if (chosen?.length !== key.length) return false;
  return q.type === 'choice' ? key.every((i) => chosen.includes(i)) : key.every((i, position) => chosen[position] === i);
}

/** Whether the reader has given a full answer: something chosen, and every step or prompt filled. */
export const isAnswered = (q: PracticeQuestion, chosen: readonly number[] | undefined) =>
  chosen !== undefined && chosen.length > 0 && (q.type === 'choice' || (chosen.length === keyOf(q).length && chosen.every((i) => i >= 0)));

/**
 * Up to `count` questions: first those missed before and due again (lowest box first), then questions never
 * seen (in deck order), then the rest that are due, then the ones not yet due, soonest first. A reader who
 * practises a deck again meets the questions they got wrong before anything else.
 */
export function pickQuestions<Q extends { id: string }>(deck: readonly Q[], states: Readonly<Record<string, ItemState>>, count: number, now: Date): Q[] {
  const rank = (q: Q) => {
    const state = states[q.id];
    if (!state) return [1, 0, 0] as const;
    if (isDue(state, now)) return [state.box === 1 ? 0 : 2, state.box, Date.parse(state.due)] as const;
    return [3, 0, Date.parse(state.due)] as const;
  };
  return deck
    .map((q, index) => ({ q, index, key: rank(q) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.q);
}

/** A copy of `items` in random order, every order equally likely (Fisher–Yates). `random` returns a number in [0, 1), as `Math.random` does. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export interface DomainScore {
  domain: string;
  right: number;
  total: number;
}

/** Right answers per domain of `exam`, in the order domains first appear; questions outside the exam are left out. */
export function scoreByDomain(results: readonly { question: Pick<PracticeQuestion, 'exams'>; correct: boolean }[], exam: string): DomainScore[] {
  const scores = new Map<string, DomainScore>();
  for (const { question, correct } of results) {
    const domain = question.exams[exam];
    if (!domain) continue;
    const score = scores.get(domain) ?? { domain, right: 0, total: 0 };
    score.total += 1;
    if (correct) score.right += 1;
    scores.set(domain, score);
  }
  return [...scores.values()];
}
