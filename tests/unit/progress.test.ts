/** Progress kept in the browser: bad input loses nothing, old formats are migrated, storage trouble is reported. */
import { describe, expect, it } from 'vitest';
import { emptyProgress, FORMAT, parseExport, readStored, serialize, STORAGE_KEY, VERSION, writeStored } from '../../src/utils/study/progress';

const today = '2026-11-23';
const known = { topics: new Set(['/services/sqs/', '/services/sns/']), cards: new Set(['sqs:summary:summary']), questions: new Set(['sqs-1']) };
const state = { box: 2, due: '2026-11-24T00:00:00.000Z' };
const saved = {
  ...emptyProgress(),
  studied: { '/services/sqs/': '2026-11-20' },
  cards: { 'sqs:summary:summary': state },
  questions: { 'sqs-1': { ...state, right: 1, wrong: 2 } },
};

const memoryStorage = (initial?: string) => {
  const map = new Map<string, string>(initial === undefined ? [] : [[STORAGE_KEY, initial]]);
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
};

describe('export and import', () => {
  it('round-trips an export', () => {
    const result = parseExport(serialize(saved), known, today);
    expect(result).toEqual({ ok: true, value: saved, notes: [] });
  });

  it('refuses a file that is not JSON', () => {
    expect(parseExport('not json {', known, today)).toEqual({ ok: false, error: 'The file is not JSON, so it cannot be an export of this guide.' });
  });

  it('refuses JSON that is not an export of this guide', () => {
    expect(parseExport(JSON.stringify({ version: 2, studied: {} }), known, today)).toEqual({
      ok: false,
      error: 'This is not a progress file exported from this guide.',
    });
    expect(parseExport('[1, 2]', known, today).ok).toBe(false);
  });

  it('refuses a file from a newer version, saying so', () => {
    const result = parseExport(JSON.stringify({ ...saved, version: VERSION + 1 }), known, today);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/newer version of the guide/);
  });

  it('migrates the older format: studied pages were a list of URLs', () => {
    const v1 = { format: FORMAT, version: 1, studied: ['/services/sqs/'], cards: {}, questions: {} };
    const result = parseExport(JSON.stringify(v1), known, today);
    expect(result).toEqual({
      ok: true,
      value: { ...emptyProgress(), studied: { '/services/sqs/': today } },
      notes: ['The file used an older format and was converted.'],
    });
  });

  it('keeps finished mock exams, and leaves out a damaged one', () => {
    const mock = {
      id: 'm1',
      exam: 'SAA-C03',
      startedAt: '2026-11-20T10:00:00.000Z',
      finishedAt: '2026-11-20T12:00:00.000Z',
      timed: true,
      usedMs: 7_000_000,
      score: 760,
      passingScore: 720,
      right: 48,
      total: 65,
      items: [{ id: 'gone-from-the-guide', chosen: [0, 2] }],
    };
    const withMocks = { ...saved, mocks: [mock, { ...mock, id: 'm2', score: 'high' }] };
    const result = parseExport(JSON.stringify(withMocks), known, today);
    expect(result.ok && result.value.mocks).toEqual([mock]);
    expect(result.ok && result.notes).toEqual(['1 damaged entry was left out.']);
  });

  it('reads version 2, which had no mock exams, as an empty history', () => {
    const { mocks: _, ...v2 } = { ...saved, version: 2 };
    expect(parseExport(JSON.stringify(v2), known, today)).toEqual({ ok: true, value: saved, notes: [] });
  });

  it('leaves out cards, questions and pages the guide no longer has, and says how many', () => {
    const stale = {
      ...saved,
      studied: { ...saved.studied, '/services/gone/': today },
      questions: { ...saved.questions, 'old-q': { ...state, right: 0, wrong: 1 } },
    };
    const result = parseExport(JSON.stringify(stale), known, today);
    expect(result.ok && result.value).toEqual(saved);
    expect(result.ok && result.notes).toEqual(['2 entries for pages, cards or questions the guide no longer has were left out.']);
  });

  it('leaves out damaged entries and says so', () => {
    const damaged = { ...saved, cards: { ...saved.cards, broken: { box: 'x' } } };
    const result = parseExport(JSON.stringify(damaged), { ...known, cards: new Set([...known.cards, 'broken']) }, today);
    expect(result.ok && result.value.cards).toEqual(saved.cards);
    expect(result.ok && result.notes).toEqual(['1 damaged entry was left out.']);
  });
});

describe('browser storage', () => {
  it('reads nothing as empty progress', () => {
    expect(readStored(memoryStorage(), today)).toEqual({ status: 'empty', progress: emptyProgress() });
  });

  it('reads what was written', () => {
    const storage = memoryStorage();
    expect(writeStored(storage, saved)).toEqual({ ok: true });
    expect(readStored(storage, today)).toEqual({ status: 'ok', progress: saved });
  });

  it('reports corrupted storage and does not touch it', () => {
    const storage = memoryStorage('{ not json');
    const result = readStored(storage, today);
    expect(result.status).toBe('corrupt');
    expect(result.progress).toEqual(emptyProgress());
    expect(storage.map.get(STORAGE_KEY)).toBe('{ not json');
  });

  it('reports blocked storage instead of failing', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readStored(blocked, today).status).toBe('unavailable');
    expect(readStored(null, today).status).toBe('unavailable');
  });

  it('reports full storage when saving', () => {
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(writeStored(full, saved)).toEqual({ ok: false, message: 'The browser’s storage is full, so this progress was not saved.' });
  });
});
