import type { CHANGE_KINDS } from '../schemas/common';

type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * Where a page's facts come from and what changed: the review-age check the build warns with, the
 * guide-wide timeline of dated changes (/changes/ and its feed), and how dates read.
 */

/** The pages whose `reviewed` day is more than `months` months before `today`. */
export function staleReviews<T extends { reviewed: string }>(pages: T[], today: Date, months = 12): T[] {
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  const cutoff = limit.toISOString().slice(0, 10);
  return pages.filter((page) => page.reviewed < cutoff);
}

export interface ChangeEntry {
  date: string;
  kind: ChangeKind;
  text: string;
  /** The page that states it, and the section that explains it. */
  page: { title: string; url: string };
  url: string;
}

interface PageWithChanges {
  title: string;
  url: string;
  changes: { date: string; kind: ChangeKind; text: string; section: string }[];
}

/** Every dated change the guide states, newest first; changes on the same day keep page order. */
export function changeLog(pages: PageWithChanges[]): ChangeEntry[] {
  return pages
    .flatMap(({ title, url, changes }) => changes.map(({ section, ...change }) => ({ ...change, page: { title, url }, url: `${url}#${section}` })))
    .sort((a, b) => b.date.localeCompare(a.date));
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-23" → "23 November 2026"; "2025-07" → "July 2025". */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(year!, month! - 1, day ?? 1));
  return (day ? dayFormat : monthFormat).format(utc);
}

/** A month-only date as a Date for feeds and sorting: its first day. */
export const toDate = (date: string) => new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);

/** How each kind of change reads in the timeline and the feed. */
export const CHANGE_LABELS: Record<ChangeKind, string> = {
  launched: 'Launched',
  limit: 'Limit changed',
  pricing: 'Pricing',
  renamed: 'Renamed',
  closed: 'Closed to new customers',
  retired: 'Retired',
  deprecated: 'Deprecated',
};
