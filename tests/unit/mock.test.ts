/** Mock exams: the paper at the domain weights, fresh questions first, scoring, the clock's warnings, and the saved attempt. */
import { describe, expect, it } from 'vitest';
import { attemptKey, heldElsewhere, OWNER_GONE_MS, readAttempt, writeAttempt, type Attempt } from '../../src/utils/study/attempt';
import { clock, domainQuotas, drawMock, estimatedScore, gradeMock, paperOf, warningCrossed, type MockSpec } from '../../src/utils/study/mock';
import { answeredRight, type PracticeQuestion } from '../../src/utils/study/practice';

/** A random source that always returns the same sequence, so draws are repeatable. */
const seeded =
  (seed = 1) =>
  () =>
    ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

const spec: MockSpec = {
  code: 'FIX-C01',
  questions: 10,
  scored: 8,
  minutes: 20,
  passingScore: 700,
  domains: [
    { name: 'One', weight: 62 },
    { name: 'Two', weight: 38 },
  ],
};

const question = (id: string, domain: string, task?: string): PracticeQuestion => ({
  type: 'choice',
  id,
  exams: { 'FIX-C01': domain },
  tasks: task ? { 'FIX-C01': task } : {},
  services: ['alpha'],
  question: `Question ${id}?`,
  options: ['w', 'x', 'y', 'z'],
  answer: ['B'],
  explanation: 'Because.',
  proof: `/services/alpha/#${domain.toLowerCase()}`,
});

const bank = [
  ...Array.from({ length: 14 }, (_, i) => question(`one-${i}`, 'One', '1.1')),
  ...Array.from({ length: 8 }, (_, i) => question(`two-${i}`, 'Two', '2.1')),
];

describe('drawing a mock', () => {
  it('shares the questions out by weight, rounding so the shares add up', () => {
    expect([
      ...domainQuotas(65, [
        { name: 'a', weight: 30 },
        { name: 'b', weight: 26 },
        { name: 'c', weight: 24 },
        { name: 'd', weight: 20 },
      ]),
    ]).toEqual([
      ['a', 19],
      ['b', 17],
      ['c', 16],
      ['d', 13],
    ]);
    expect([...domainQuotas(10, spec.domains)]).toEqual([
      ['One', 6],
      ['Two', 4],
    ]);
  });

  it('draws each domain’s share, each question once', () => {
    const paper = drawMock(bank, spec, new Set(), seeded());
    expect(paper).toHaveLength(10);
    expect(new Set(paper.map((q) => q.id)).size).toBe(10);
    expect(paper.filter((q) => q.exams['FIX-C01'] === 'One')).toHaveLength(6);
  });

  it('asks questions not met in earlier mocks first, and met ones only when a domain runs out', () => {
    const met = new Set([
      'one-0',
      'one-1',
      'one-2',
      'one-3',
      'one-4',
      'one-5',
      'one-6',
      'one-7',
      'one-8',
      'two-0',
      'two-1',
      'two-2',
      'two-3',
      'two-4',
      'two-5',
    ]);
    const paper = drawMock(bank, spec, met, seeded(7)).map((q) => q.id);
    expect(paper.filter((id) => !met.has(id)).sort()).toEqual(['one-10', 'one-11', 'one-12', 'one-13', 'one-9', 'two-6', 'two-7']);
    expect(paper).toHaveLength(10);
  });

  it('fills the paper from other domains when one is too small for its share', () => {
    const small = [...bank.filter((q) => q.exams['FIX-C01'] === 'One'), question('two-only', 'Two')];
    const paper = drawMock(small, spec, new Set(), seeded());
    expect(paper).toHaveLength(10);
    expect(paper.map((q) => q.id)).toContain('two-only');
  });

  it('gives every question of the paper its own order of options, each option once', () => {
    const paper = paperOf(bank.slice(0, 30), seeded(3));
    for (const item of paper) expect([...item.order].sort()).toEqual([0, 1, 2, 3]);
    expect(paper.some((item) => item.order.join() !== '0,1,2,3')).toBe(true);
  });
});

describe('scoring a mock', () => {
  it('counts a question right only with exactly its right options; unanswered is wrong', () => {
    const two = { ...question('two', 'One'), answer: ['A', 'C'], options: ['a', 'b', 'c', 'd', 'e'] };
    expect(answeredRight(two, [2, 0])).toBe(true);
    expect(answeredRight(two, [0])).toBe(false);
    expect(answeredRight(two, [0, 2, 3])).toBe(false);
    expect(answeredRight(two, undefined)).toBe(false);
  });

  it('estimates the scaled score on a straight line from 100 to 1,000', () => {
    expect(estimatedScore(0, 65)).toBe(100);
    expect(estimatedScore(65, 65)).toBe(1000);
    expect(estimatedScore(43, 65)).toBe(695);
  });

  it('gives right/total by domain and task, and the sections to study next, weakest domain first', () => {
    const paper = [question('a', 'One', '1.1'), question('b', 'One', '1.2'), question('c', 'Two', '2.1'), question('d', 'Two', '2.1')];
    const outcome = gradeMock(paper, { a: [1], b: [1], c: [0], d: [1] }, { ...spec, passingScore: 700 });
    expect(outcome).toMatchObject({ right: 3, total: 4, score: 775, passed: true });
    expect(outcome.domains).toEqual([
      { name: 'One', right: 2, total: 2 },
      { name: 'Two', right: 1, total: 2 },
    ]);
    expect(outcome.tasks).toEqual([
      { name: '1.1', right: 1, total: 1 },
      { name: '1.2', right: 1, total: 1 },
      { name: '2.1', right: 1, total: 2 },
    ]);
    expect(outcome.studyNext).toEqual([{ domain: 'Two', proofs: ['/services/alpha/#two'] }]);
  });
});

describe('the clock', () => {
  it('shows hours only when there are some', () => {
    expect(clock(130 * 60_000)).toBe('2:10:00');
    expect(clock(59_001)).toBe('1:00');
    expect(clock(-5)).toBe('0:00');
  });

  it('warns once as the time left crosses 15 and 5 minutes', () => {
    expect(warningCrossed(15 * 60_000 + 400, 15 * 60_000 - 600)).toBe(15);
    expect(warningCrossed(14 * 60_000, 13 * 60_000)).toBeUndefined();
    expect(warningCrossed(5 * 60_000 + 1, 5 * 60_000)).toBe(5);
  });
});

describe('the attempt in progress', () => {
  const storage = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
  };
  const attempt: Attempt = {
    format: 'aws-study-guide-mock',
    version: 1,
    id: 'attempt-1',
    exam: 'FIX-C01',
    startedAt: '2026-12-01T10:00:00.000Z',
    timed: true,
    limitMs: 1_200_000,
    usedMs: 60_000,
    paper: [{ id: 'a', order: [2, 0, 1, 3] }],
    answers: { a: [2] },
    flagged: ['a'],
    current: 0,
    owner: 'tab-1',
    heartbeat: 1_000,
  };

  it('reads back what was written, and reports a damaged one', () => {
    const s = storage();
    expect(writeAttempt(s, attempt, 'tab-1')).toEqual({ ok: true });
    expect(readAttempt(s, 'FIX-C01')).toEqual({ status: 'ok', attempt });
    s.setItem(attemptKey('FIX-C01'), '{"format":"aws-study-guide-mock"}');
    expect(readAttempt(s, 'FIX-C01').status).toBe('corrupt');
  });

  it('refuses a write from a tab the attempt was moved away from, unless it takes the attempt back', () => {
    const s = storage();
    writeAttempt(s, attempt, 'tab-2', true);
    expect(writeAttempt(s, { ...attempt, answers: {} }, 'tab-1')).toMatchObject({ ok: false, reason: 'taken' });
    expect(readAttempt(s, 'FIX-C01')).toMatchObject({ attempt: { answers: { a: [2] }, owner: 'tab-2' } });
    expect(writeAttempt(s, attempt, 'tab-1', true)).toEqual({ ok: true });
  });

  it('counts another tab as holding the attempt only while its heartbeat is fresh', () => {
    expect(heldElsewhere(attempt, 'tab-2', attempt.heartbeat + 1_000)).toBe(true);
    expect(heldElsewhere(attempt, 'tab-1', attempt.heartbeat + 1_000)).toBe(false);
    expect(heldElsewhere(attempt, 'tab-2', attempt.heartbeat + OWNER_GONE_MS)).toBe(false);
  });

  it('reports storage that is full instead of dropping the answer', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const result = writeAttempt(full, attempt, 'tab-1');
    expect(result).toMatchObject({ ok: false, reason: 'storage' });
    expect(!result.ok && result.message).toMatch(/storage is full/);
  });
});
