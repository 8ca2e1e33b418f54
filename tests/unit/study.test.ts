/** Scheduling, question picking and scoring for the study pages, on a fixed clock. */
import { describe, expect, it } from 'vitest';
import { isCorrect, pickQuestions, scoreByDomain, shuffleOptions } from '../../src/utils/study/practice';
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

  it('shows the options in a new order, the answer letters following the right ones', () => {
    const question = { options: ['Key one', 'Wrong one', 'Key two', 'Wrong two', 'Wrong three'], answer: ['A', 'C'] };
    // Fisher–Yates from the last position down: swap with index 0, 0, 1, 0 in turn.
    const picks = [0, 0, 0.4, 0];
    const shown = shuffleOptions(question, () => picks.shift()!);
    expect(shown.options).toEqual(['Key two', 'Wrong two', 'Wrong one', 'Wrong three', 'Key one']);
    expect(shown.answer).toEqual(['A', 'E']);
  });

  it('gives credit only for exactly the right options', () => {
    expect(isCorrect({ answer: ['B'] }, ['B'])).toBe(true);
    expect(isCorrect({ answer: ['A', 'D'] }, ['D', 'A'])).toBe(true);
    expect(isCorrect({ answer: ['A', 'D'] }, ['A'])).toBe(false);
    expect(isCorrect({ answer: ['A', 'D'] }, ['A', 'D', 'E'])).toBe(false);
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
