import { describe, expect, it } from 'vitest';
import { changeLog, formatDate, staleReviews, toDate } from '../../src/utils/provenance';

describe('staleReviews', () => {
  const today = new Date('2026-11-23T08:00:00Z');

  it('names pages checked more than 12 months ago, and only those', () => {
    const pages = [
      { file: 'a.mdx', reviewed: '2025-11-22' },
      { file: 'b.mdx', reviewed: '2025-11-23' },
      { file: 'c.mdx', reviewed: '2026-06-01' },
    ];
    expect(staleReviews(pages, today).map((p) => p.file)).toEqual(['a.mdx']);
  });
});

describe('changeLog', () => {
  it('lists every change newest first, linking the section that explains it', () => {
    const log = changeLog([
      { title: 'Amazon QLDB', url: '/services/qldb/', changes: [{ date: '2025-07-31', kind: 'retired', text: 'QLDB ended.', section: 'status' }] },
      {
        title: 'Amazon S3',
        url: '/services/s3/',
        changes: [
          { date: '2025-12', kind: 'limit', text: 'Objects up to 50 TB.', section: 'limits' },
          { date: '2023-01-05', kind: 'launched', text: 'Default encryption.', section: 'encryption' },
        ],
      },
    ]);
    expect(log.map((c) => [c.date, c.url, c.page.title])).toEqual([
      ['2025-12', '/services/s3/#limits', 'Amazon S3'],
      ['2025-07-31', '/services/qldb/#status', 'Amazon QLDB'],
      ['2023-01-05', '/services/s3/#encryption', 'Amazon S3'],
    ]);
  });
});

describe('dates', () => {
  it('reads a day or a month in words', () => {
    expect(formatDate('2026-11-23')).toBe('23 November 2026');
    expect(formatDate('2025-07')).toBe('July 2025');
  });

  it('dates a month-only change on its first day', () => {
    expect(toDate('2025-12').toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(toDate('2025-07-31').toISOString()).toBe('2025-07-31T00:00:00.000Z');
  });
});
