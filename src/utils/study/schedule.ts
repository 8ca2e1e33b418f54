/**
 * The spaced-repetition schedule for flashcards and practice questions: a Leitner system of five boxes.
 * A new or forgotten item sits in box 1 and is due at once; each success moves it one box up (two for
 * “Easy”), and each box waits longer before the item is due again. A miss sends it back to box 1, which is
 * how missed practice questions come back sooner. Chosen over SM-2 for being explainable in one sentence
 * and needing no per-item ease factor.
 */

/** Days an item waits in each box (index = box − 1) before it is due again. */
export const BOX_DAYS = [0, 1, 3, 7, 16] as const;
export const TOP_BOX = BOX_DAYS.length;

export type Grade = 'again' | 'good' | 'easy';

export interface ItemState {
  box: number;
  /** When the item is next due: ISO date-time. */
  due: string;
}

const DAY_MS = 86_400_000;

/** The item's state after the reader grades it at `now`. */
export function grade(state: ItemState | undefined, result: Grade, now: Date): ItemState {
  const current = state?.box ?? 1;
  const box = result === 'again' ? 1 : Math.min(TOP_BOX, current + (result === 'easy' ? 2 : 1));
  return { box, due: new Date(now.getTime() + BOX_DAYS[box - 1]! * DAY_MS).toISOString() };
}

/** An item never seen is due; a seen one is due once its time has come. */
export const isDue = (state: ItemState | undefined, now: Date) => !state || Date.parse(state.due) <= now.getTime();

/** How many of `ids` are due at `now`. */
export const dueCount = (ids: readonly string[], states: Readonly<Record<string, ItemState>>, now: Date) => ids.filter((id) => isDue(states[id], now)).length;
