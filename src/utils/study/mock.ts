/**
 * Mock exams: drawing a paper at the exam's domain weights, the attempt a reader works through, and its
 * result. Pure functions; the page script (scripts/study/mock-app.ts) wires them to the DOM, the clock and
 * storage.
 */
import { answeredRight, choicesOf, shuffled, type PracticeQuestion } from './practice';

/** What a mock copies from the exam's data file. */
export interface MockSpec {
  code: string;
  questions: number;
  scored: number;
  minutes: number;
  passingScore: number;
  domains: { name: string; weight: number }[];
}

/**
 * How many questions each domain gets: its weight's share of `count`, rounded so the shares add up to
 * `count` (largest remainder first, ties to the heavier domain).
 */
export function domainQuotas(count: number, domains: readonly { name: string; weight: number }[]): Map<string, number> {
  const total = domains.reduce((sum, d) => sum + d.weight, 0);
  const exact = domains.map((d, i) => ({ name: d.name, i, weight: d.weight, share: (count * d.weight) / total }));
  const quotas = new Map(exact.map((d) => [d.name, Math.floor(d.share)]));
  let left = count - [...quotas.values()].reduce((a, b) => a + b, 0);
  const byRemainder = [...exact].sort((a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)) || b.weight - a.weight || a.i - b.i);
  for (const d of byRemainder) {
    if (left === 0) break;
    quotas.set(d.name, quotas.get(d.name)! + 1);
    left -= 1;
  }
  return quotas;
}

/**
 * A mock paper: each domain's quota of the exam's questions, taking questions the reader has not met in
 * earlier mocks first, then (when a domain runs out) ones met before; a domain too small for its quota
 * leaves the rest to the others, so the paper has its full length whenever the bank does. The paper's
 * order mixes the domains, as the real exam does.
 */
export function drawMock<Q extends Pick<PracticeQuestion, 'id' | 'exams'>>(
  bank: readonly Q[],
  spec: Pick<MockSpec, 'code' | 'questions' | 'domains'>,
  met: ReadonlySet<string>,
  random: () => number = Math.random,
): Q[] {
  const fresh = (pool: readonly Q[]) => [
    ...shuffled(
      pool.filter((q) => !met.has(q.id)),
      random,
    ),
    ...shuffled(
      pool.filter((q) => met.has(q.id)),
      random,
    ),
  ];
  const pools = new Map(spec.domains.map((d) => [d.name, fresh(bank.filter((q) => q.exams[spec.code] === d.name))]));
  const chosen: Q[] = [];
  for (const [domain, quota] of domainQuotas(spec.questions, spec.domains)) chosen.push(...pools.get(domain)!.splice(0, quota));
  const rest = fresh([...pools.values()].flat());
  chosen.push(...rest.slice(0, Math.max(0, spec.questions - chosen.length)));
  return shuffled(chosen, random);
}

/** One question of an attempt: its id and the order its choices are shown in (original indexes). */
export interface PaperItem {
  id: string;
  order: number[];
}

/** The paper as a reader sees it: every question with its choices in a new random order, kept for the attempt. */
export const paperOf = (questions: readonly PracticeQuestion[], random: () => number = Math.random): PaperItem[] =>
  questions.map((q) => ({
    id: q.id,
    order: shuffled(
      choicesOf(q).map((_, i) => i),
      random,
    ),
  }));

/**
 * An estimate of AWS's scaled score (100–1,000) from the share of questions answered right. AWS scales
 * each exam form differently and does not score its unscored items, so this is a straight line from 100
 * (none right) to 1,000 (all right); it is labelled an estimate wherever it is shown.
 */
export const estimatedScore = (right: number, total: number) => (total === 0 ? 100 : Math.round(100 + (900 * right) / total));

export interface Tally {
  name: string;
  right: number;
  total: number;
}

/** Right/total for each value `groupOf` gives, in the order of `order` (names it never gives are left out). */
export function tally<T>(items: readonly T[], groupOf: (item: T) => string | undefined, correct: (item: T) => boolean, order: readonly string[]): Tally[] {
  const tallies = new Map(order.map((name) => [name, { name, right: 0, total: 0 }]));
  for (const item of items) {
    const group = groupOf(item);
    const entry = group === undefined ? undefined : tallies.get(group);
    if (!entry) continue;
    entry.total += 1;
    if (correct(item)) entry.right += 1;
  }
  return [...tallies.values()].filter((t) => t.total > 0);
}

export interface MockOutcome {
  right: number;
  total: number;
  score: number;
  passed: boolean;
  domains: Tally[];
  tasks: Tally[];
  /** The sections behind the missed questions, weakest domain first, each once. */
  studyNext: { domain: string; proofs: string[] }[];
}

/** The result of an attempt: the estimated score against the pass mark, and right/total by domain and by task statement. */
export function gradeMock(questions: readonly PracticeQuestion[], answers: Readonly<Record<string, number[]>>, spec: MockSpec): MockOutcome {
  const correct = (q: PracticeQuestion) => answeredRight(q, answers[q.id]);
  const right = questions.filter(correct).length;
  const score = estimatedScore(right, questions.length);
  const domainNames = spec.domains.map((d) => d.name);
  const domains = tally(questions, (q) => q.exams[spec.code], correct, domainNames);
  const taskNumbers = [...new Set(questions.flatMap((q) => q.tasks[spec.code] ?? []))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const tasks = tally(questions, (q) => q.tasks[spec.code], correct, taskNumbers);
  const share = (t: Tally) => t.right / t.total;
  const weakestFirst = [...domains].sort((a, b) => share(a) - share(b) || domainNames.indexOf(a.name) - domainNames.indexOf(b.name));
  const studyNext = weakestFirst
    .map((d) => ({
      domain: d.name,
      proofs: [...new Set(questions.filter((q) => q.exams[spec.code] === d.name && !correct(q)).map((q) => q.proof))],
    }))
    .filter((d) => d.proofs.length > 0);
  return { right, total: questions.length, score, passed: score >= spec.passingScore, domains, tasks, studyNext };
}

/** Formats milliseconds as "1:27:05" or "4:05" for the countdown and the results. */
export function clock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** The minutes left at which a timed mock warns the reader (and screen readers hear it). */
export const WARNINGS_AT_MINUTES = [15, 5] as const;

/** The warning due when the time left drops from `before` to `after` milliseconds, if one is. */
export function warningCrossed(before: number, after: number): (typeof WARNINGS_AT_MINUTES)[number] | undefined {
  return WARNINGS_AT_MINUTES.find((minutes) => before > minutes * 60_000 && after <= minutes * 60_000);
}
