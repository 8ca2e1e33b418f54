/**
 * What a reader's study progress is, how it is stored in the browser, and how an exported copy is read
 * back. Everything lives under one versioned key; reading never resets what is stored, so a corrupted or
 * unreadable entry is reported and kept until the reader chooses to reset.
 */
import type { ItemState } from './schedule';

export const STORAGE_KEY = 'aws-study-guide:progress';
/** Marks a file as an export of this guide, whatever its name. */
export const FORMAT = 'aws-study-guide-progress';
export const VERSION = 3;

export interface QuestionState extends ItemState {
  right: number;
  wrong: number;
}

export interface Progress {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** Topic URL → the day the reader marked it studied. */
  studied: Record<string, string>;
  /** Flashcard id → its place in the schedule. */
  cards: Record<string, ItemState>;
  /** Question id → its place in the schedule and how often it was answered right and wrong. */
  questions: Record<string, QuestionState>;
  /** Finished mock exams, oldest first. */
  mocks: MockRecord[];
}

/** A finished mock exam: enough to list it in the history, and to know which questions it asked. */
export interface MockRecord {
  id: string;
  exam: string;
  startedAt: string;
  finishedAt: string;
  timed: boolean;
  usedMs: number;
  score: number;
  passingScore: number;
  right: number;
  total: number;
  /** Each question asked, with the original indexes of the options chosen (empty when unanswered). */
  items: { id: string; chosen: number[] }[];
}

export const emptyProgress = (): Progress => ({ format: FORMAT, version: VERSION, studied: {}, cards: {}, questions: {}, mocks: [] });

export type Result<T> = { ok: true; value: T; notes: string[] } | { ok: false; error: string };

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a failed write failed because the browser's storage is full (rather than blocked). */
export const isStorageFull = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';
const isState = (value: unknown): value is ItemState =>
  isRecord(value) && Number.isInteger(value['box']) && typeof value['due'] === 'string' && !Number.isNaN(Date.parse(value['due']));
const isQuestionState = (value: unknown): value is QuestionState =>
  isState(value) && isRecord(value) && Number.isInteger(value['right']) && Number.isInteger(value['wrong']);

/** Only the entries whose values pass `valid`; how many were dropped. */
function entries<T>(value: unknown, valid: (v: unknown) => v is T): { kept: Record<string, T>; dropped: number } {
  if (!isRecord(value)) return { kept: {}, dropped: 0 };
  const kept: Record<string, T> = {};
  let dropped = 0;
  for (const [key, item] of Object.entries(value)) {
    if (valid(item)) kept[key] = item;
    else dropped += 1;
  }
  return { kept, dropped };
}

const isMockRecord = (value: unknown): value is MockRecord =>
  isRecord(value) &&
  ['id', 'exam', 'startedAt', 'finishedAt'].every((k) => typeof value[k] === 'string') &&
  typeof value['timed'] === 'boolean' &&
  ['usedMs', 'score', 'passingScore', 'right', 'total'].every((k) => typeof value[k] === 'number') &&
  Array.isArray(value['items']) &&
  value['items'].every((item) => isRecord(item) && typeof item['id'] === 'string' && Array.isArray(item['chosen']) && item['chosen'].every(Number.isInteger));

const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v);

/**
 * Reads any version of the format into the current one. Version 1 kept `studied` as a list of URLs
 * without dates; they are carried over dated `today`. Versions before 3 had no mock exams.
 */
export function migrate(raw: unknown, today: string): Result<Progress> {
  if (!isRecord(raw) || raw['format'] !== FORMAT) return { ok: false, error: 'This is not a progress file exported from this guide.' };
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: 'The file has no valid format version.' };
  if (version > VERSION) {
    return {
      ok: false,
      error: `The file was made by a newer version of the guide (format ${version}; this page reads up to ${VERSION}). Reload the page and try again.`,
    };
  }
  const notes: string[] = [];
  const studiedRaw =
    version === 1 && Array.isArray(raw['studied'])
      ? Object.fromEntries(raw['studied'].filter((u) => typeof u === 'string').map((u) => [u, today]))
      : raw['studied'];
  if (version === 1) notes.push('The file used an older format and was converted.');
  const studied = entries(studiedRaw, isDay);
  const cards = entries(raw['cards'], isState);
  const questions = entries(raw['questions'], isQuestionState);
  const mocksRaw: unknown[] = Array.isArray(raw['mocks']) ? raw['mocks'] : [];
  const mocks = mocksRaw.filter(isMockRecord);
  const dropped = studied.dropped + cards.dropped + questions.dropped + mocksRaw.length - mocks.length;
  if (dropped > 0) notes.push(`${dropped} damaged entr${dropped === 1 ? 'y was' : 'ies were'} left out.`);
  return { ok: true, value: { format: FORMAT, version: VERSION, studied: studied.kept, cards: cards.kept, questions: questions.kept, mocks }, notes };
}

export interface KnownIds {
  topics: ReadonlySet<string>;
  cards: ReadonlySet<string>;
  questions: ReadonlySet<string>;
}

/**
 * Drops progress on topics, cards and questions the guide no longer has, saying how many. Mock exams stay
 * in the history whole: their scores happened, even if a question has since gone.
 */
export function forgetUnknown(progress: Progress, known: KnownIds): { progress: Progress; notes: string[] } {
  const keep = <T>(record: Record<string, T>, ids: ReadonlySet<string>) => Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
  const next: Progress = {
    ...progress,
    studied: keep(progress.studied, known.topics),
    cards: keep(progress.cards, known.cards),
    questions: keep(progress.questions, known.questions),
  };
  const gone = (['studied', 'cards', 'questions'] as const).map((part) => Object.keys(progress[part]).length - Object.keys(next[part]).length);
  const total = gone.reduce((a, b) => a + b, 0);
  const notes =
    total > 0
      ? [`${total} entr${total === 1 ? 'y' : 'ies'} for pages, cards or questions the guide no longer has ${total === 1 ? 'was' : 'were'} left out.`]
      : [];
  return { progress: next, notes };
}

/** Reads an exported file: refused with a reason when it is not one of ours, cleaned (with notes) when parts are stale. */
export function parseExport(text: string, known: KnownIds, today: string): Result<Progress> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not JSON, so it cannot be an export of this guide.' };
  }
  const migrated = migrate(raw, today);
  if (!migrated.ok) return migrated;
  const cleaned = forgetUnknown(migrated.value, known);
  return { ok: true, value: cleaned.progress, notes: [...migrated.notes, ...cleaned.notes] };
}

export const serialize = (progress: Progress) => JSON.stringify(progress, null, 1);

export type Stored = { status: 'ok' | 'empty'; progress: Progress } | { status: 'unavailable' | 'corrupt'; progress: Progress; message: string };

/** What the browser holds. Storage that is blocked or corrupted yields empty progress and a message, and is left as it is. */
export function readStored(storage: Pick<Storage, 'getItem'> | null, today: string): Stored {
  let text: string | null;
  try {
    if (!storage) throw new Error('no storage');
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return {
      status: 'unavailable',
      progress: emptyProgress(),
      message: 'This browser does not let the guide keep progress; everything works, but nothing is saved.',
    };
  }
  if (text === null) return { status: 'empty', progress: emptyProgress() };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const migrated = migrate(raw, today);
  if (!migrated.ok) {
    return {
      status: 'corrupt',
      progress: emptyProgress(),
      message: 'Your saved progress could not be read, so it was left untouched. Export it to keep a copy, or reset it to start again.',
    };
  }
  return { status: 'ok', progress: migrated.value };
}

/** Saves progress; a full or blocked storage is reported instead of thrown. */
export function writeStored(storage: Pick<Storage, 'setItem'> | null, progress: Progress): { ok: true } | { ok: false; message: string } {
  try {
    if (!storage) throw new Error('no storage');
    storage.setItem(STORAGE_KEY, JSON.stringify(progress));
    return { ok: true };
  } catch (error) {
    return {
      ok: false,
      message: isStorageFull(error) ? 'The browser’s storage is full, so this progress was not saved.' : 'This browser does not let the guide save progress.',
    };
  }
}
