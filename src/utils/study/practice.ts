/**
 * Practice sessions: which questions to ask, and the score by exam domain at the end. Pure functions, so
 * the page script only wires them to the DOM and storage.
 */
import { isDue, type ItemState } from './schedule';

export interface PracticeQuestion {
  id: string;
  /** Exam code → the exam's domain the question belongs to, by name. */
  exams: Record<string, string>;
  /** Exam code → the task statement it tests: "1.2". */
  tasks: Record<string, string>;
  services: string[];
  question: string;
  options: string[];
  answer: string[];
  explanation: string;
  proof: string;
}

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

/** The letters options are named by in `answer`, in order: A is the first option shown. */
export const OPTION_LETTERS = 'ABCDEF';

/** A copy of `items` in random order, every order equally likely (Fisher–Yates). `random` returns a number in [0, 1), as `Math.random` does. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The question with its options in a new random order and its answer letters following them, so that no position gives the key away. */
export function shuffleOptions<Q extends Pick<PracticeQuestion, 'options' | 'answer'>>(question: Q, random: () => number = Math.random): Q {
  const order = shuffled(
    question.options.map((_, i) => i),
    random,
  );
  const shownAt = (letter: string) => OPTION_LETTERS[order.indexOf(OPTION_LETTERS.indexOf(letter))]!;
  return { ...question, options: order.map((i) => question.options[i]!), answer: question.answer.map(shownAt).sort() };
}

/** All right options chosen and no wrong one: exam questions give no partial credit. */
export const isCorrect = (question: Pick<PracticeQuestion, 'answer'>, chosen: readonly string[]) =>
  chosen.length === question.answer.length && question.answer.every((letter) => chosen.includes(letter));

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
