/**
 * The mock exam in progress, kept in the browser under its own key per exam so that a reload, a closed tab
 * or a lost connection resumes it with the same paper, option order, answers, flags and time left.
 *
 * One tab at a time works on an attempt: the tab that holds it writes its id as `owner`, with a heartbeat.
 * Every write reads the stored attempt first and refuses when another tab has taken it over, so two tabs
 * can never overwrite each other's answers; the reader moves an attempt to a tab by choosing to continue
 * there. Finished attempts move to the progress store's history (progress.ts).
 */
import type { PaperItem } from './mock';
import { isRecord, isStorageFull } from './progress';

export const ATTEMPT_FORMAT = 'aws-study-guide-mock';
export const ATTEMPT_VERSION = 1;

export const attemptKey = (exam: string) => `aws-study-guide:mock:${exam}`;

/** A tab whose heartbeat is older than this is gone: its attempt may be resumed elsewhere without asking. */
export const HEARTBEAT_MS = 3_000;
export const OWNER_GONE_MS = 3 * HEARTBEAT_MS;

export interface Attempt {
  format: typeof ATTEMPT_FORMAT;
  version: typeof ATTEMPT_VERSION;
  id: string;
  exam: string;
  startedAt: string;
  timed: boolean;
  /** The exam's time allowed; an untimed attempt still counts the time used. */
  limitMs: number;
  usedMs: number;
  paper: PaperItem[];
  /** Question id → the original indexes of the options chosen. */
  answers: Record<string, number[]>;
  flagged: string[];
  /** The index in `paper` of the question on screen. */
  current: number;
  /** The tab working on it, and when that tab last said so (ms since the epoch). */
  owner: string;
  heartbeat: number;
}

export type ReadAttempt = { status: 'none' } | { status: 'ok'; attempt: Attempt } | { status: 'unavailable' | 'corrupt'; message: string };

const isIndexList = (value: unknown): value is number[] => Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 0);
const isPaperItem = (value: unknown): value is PaperItem => isRecord(value) && typeof value['id'] === 'string' && isIndexList(value['order']);

function isAttempt(value: unknown): value is Attempt {
  if (!isRecord(value) || value['format'] !== ATTEMPT_FORMAT || value['version'] !== ATTEMPT_VERSION) return false;
  const { id, exam, startedAt, timed, limitMs, usedMs, paper, answers, flagged, current, owner, heartbeat } = value;
  return (
    typeof id === 'string' &&
    typeof exam === 'string' &&
    typeof startedAt === 'string' &&
    typeof timed === 'boolean' &&
    typeof limitMs === 'number' &&
    typeof usedMs === 'number' &&
    Array.isArray(paper) &&
    paper.every(isPaperItem) &&
    isRecord(answers) &&
    Object.values(answers).every(isIndexList) &&
    Array.isArray(flagged) &&
    flagged.every((f) => typeof f === 'string') &&
    Number.isInteger(current) &&
    typeof owner === 'string' &&
    typeof heartbeat === 'number'
  );
}

const BLOCKED = 'This browser does not let the guide save the mock exam, so a reload would lose it. Keep this tab open until you submit.';

export function readAttempt(storage: Pick<Storage, 'getItem'> | null, exam: string): ReadAttempt {
  let text: string | null;
  try {
    if (!storage) throw new Error('no storage');
    text = storage.getItem(attemptKey(exam));
  } catch {
    return { status: 'unavailable', message: BLOCKED };
  }
  if (text === null) return { status: 'none' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  if (!isAttempt(raw) || raw.exam !== exam) {
    return { status: 'corrupt', message: 'A saved mock exam could not be read. Starting a new one replaces it.' };
  }
  return { status: 'ok', attempt: raw };
}

/** Whether another tab is working on the attempt now. */
export const heldElsewhere = (attempt: Attempt, me: string, now: number) => attempt.owner !== me && now - attempt.heartbeat < OWNER_GONE_MS;

export type WriteAttempt = { ok: true } | { ok: false; reason: 'taken' | 'storage'; message: string };

/**
 * Saves the attempt unless another tab took it over since this tab last held it (`taken`: this tab must
 * stop), or storage refuses (reported, never dropped silently). `takeOver` is the reader moving the
 * attempt to this tab.
 */
export function writeAttempt(storage: Pick<Storage, 'getItem' | 'setItem'> | null, attempt: Attempt, me: string, takeOver = false): WriteAttempt {
  const stored = readAttempt(storage, attempt.exam);
  if (!takeOver && stored.status === 'ok' && stored.attempt.id === attempt.id && stored.attempt.owner !== me) {
    return { ok: false, reason: 'taken', message: 'This mock exam was continued in another tab.' };
  }
  try {
    if (!storage) throw new Error('no storage');
    storage.setItem(attemptKey(attempt.exam), JSON.stringify({ ...attempt, owner: me }));
    return { ok: true };
  } catch (error) {
    return {
      ok: false,
      reason: 'storage',
      message: isStorageFull(error) ? 'The browser’s storage is full, so your last answer was not saved. Keep this tab open until you submit.' : BLOCKED,
    };
  }
}

export function removeAttempt(storage: Pick<Storage, 'removeItem'> | null, exam: string) {
  try {
    storage?.removeItem(attemptKey(exam));
  } catch {
    // Nothing to do: a storage that refuses removal refused the attempt in the first place.
  }
}
