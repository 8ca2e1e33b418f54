/** Scheduling, question picking and scoring for the study pages, on a fixed clock. */
import { describe, expect, it } from 'vitest';
import { answeredRight, choicesOf, isAnswered, keyOf, pickQuestions, scoreByDomain } from '../../src/utils/study/practice';
import { BOX_DAYS, dueCount, grade, isDue } from '../../src/utils/study/schedule';

const now = new Date('2026-11-23T10:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe('Leitner schedule', () => {
  it('puts a new card that is known into box 2, due the next day', () => {
    expect(grade(undefined, 'good', now)).toEqual({ box: 2, due: later(1).toISOString() });
  });

  it('moves a known card up one box, or two for easy, and never past the top box', () => {
    expect(grade({ box: 2, due: now.toISOString() }, 'good', now)).toEqual({ box: 3, due: later(3).toISOString() });
    expect(grade({ box: 2, due: now.toISOString() }, 'easy', now)).toEqual({ box: 4, due: later(7).toISOString() });
    expect(grade({ box: 5, due: now.toISOString() }, 'easy', now)).toEqual({ box: 5, due: later(BOX_DAYS[4]).toISOString() });
  });

  it('sends a missed card back to box 1, due at once', () => {
    expect(grade({ box: 4, due: now.toISOString() }, 'again', now)).toEqual({ box: 1, due: now.toISOString() });
  });

  it('counts unseen and overdue cards as due, and future ones as not', () => {
    const states = { a: { box: 2, due: later(1).toISOString() }, b: { box: 1, due: now.toISOString() } };
    expect(isDue(undefined, now)).toBe(true);
    expect(dueCount(['a', 'b', 'c'], states, now)).toBe(2);
    expect(dueCount(['a', 'b', 'c'], states, later(1))).toBe(3);
  });
});

describe('practice', () => {
  const q = (id: string) => ({ id });

  it('asks missed questions first, then unseen ones, then due ones, then the rest soonest first', () => {
    const deck = ['seen-later', 'unseen-1', 'missed', 'due-box3', 'unseen-2', 'seen-soon'].map(q);
    const states = {
      'seen-later': { box: 3, due: later(5).toISOString() },
      missed: { box: 1, due: now.toISOString() },
      'due-box3': { box: 3, due: now.toISOString() },
      'seen-soon': { box: 2, due: later(1).toISOString() },
    };
    expect(pickQuestions(deck, states, 6, now).map((x) => x.id)).toEqual(['missed', 'unseen-1', 'unseen-2', 'due-box3', 'seen-soon', 'seen-later']);
    expect(pickQuestions(deck, states, 2, now).map((x) => x.id)).toEqual(['missed', 'unseen-1']);
  });

  const base = { id: 'q', exams: {}, tasks: {}, services: ['alpha'], question: 'Which?', explanation: 'Because.', proof: '/services/alpha/#x' };

  it('gives credit only for exactly the right options', () => {
    const choice = { ...base, type: 'choice' as const, options: ['a', 'b', 'c', 'd', 'e'], answer: ['A', 'D'] };
    expect(answeredRight(choice, [3, 0])).toBe(true);
    expect(answeredRight(choice, [0])).toBe(false);
    expect(answeredRight(choice, [0, 3, 4])).toBe(false);
    expect(answeredRight(choice, undefined)).toBe(false);
  });

  it('gives credit for an ordering item only with every step in its place', () => {
    const ordering = { ...base, type: 'ordering' as const, items: ['first', 'second', 'third'] };
    expect(keyOf(ordering)).toEqual([0, 1, 2]);
    expect(answeredRight(ordering, [0, 1, 2])).toBe(true);
    expect(answeredRight(ordering, [0, 2, 1])).toBe(false);
    expect(answeredRight(ordering, [0, 1, -1])).toBe(false);
    expect(isAnswered(ordering, [0, 1, -1])).toBe(false);
    expect(isAnswered(ordering, [2, 1, 0])).toBe(true);
  });

  it('gives credit for a matching item only with every prompt matched', () => {
    const matching = { ...base, type: 'matching' as const, prompts: ['p1', 'p2', 'p3'], responses: ['r1', 'r2', 'extra'], key: [0, 1, 0] };
    expect(choicesOf(matching)).toEqual(['r1', 'r2', 'extra']);
    expect(answeredRight(matching, [0, 1, 0])).toBe(true);
    expect(answeredRight(matching, [0, 1, 2])).toBe(false);
    expect(isAnswered(matching, [-1, -1, -1])).toBe(false);
  });

  it('scores by the domains of one exam, leaving out questions of other exams', () => {
    const results = [
      { question: { exams: { 'SAA-C03': 'Design Secure Architectures' } }, correct: true },
      { question: { exams: { 'SAA-C03': 'Design Secure Architectures', 'CLF-C02': 'Security and Compliance' } }, correct: false },
      { question: { exams: { 'SAA-C03': 'Design Resilient Architectures' } }, correct: true },
      { question: { exams: { 'CLF-C02': 'Cloud Concepts' } }, correct: true },
    ];
    expect(scoreByDomain(results, 'SAA-C03')).toEqual([
      { domain: 'Design Secure Architectures', right: 1, total: 2 },
      { domain: 'Design Resilient Architectures', right: 1, total: 1 },
    ]);
  });
});
