/**
 * Field types shared by several collections. Messages are written for content writers: Astro prefixes
 * them with the file and the field.
 */
import { z } from 'astro/zod';

export const text = (what: string, min = 1) =>
  z
    .string({
      // The usual cause of "not text" is YAML: an unquoted line with ": " in it becomes a key and a value.
      error: (issue) =>
        issue.input === undefined ? `${what} is required and must be text` : `${what} must be text; in YAML, put quotes around a line that contains ": "`,
    })
    .trim()
    .min(min, `${what} must be at least ${min} characters`);

export const summary = text('summary', 20)
  .max(240, 'summary must be one sentence of at most 240 characters')
  .describe('One sentence: shown in cards, tables, search results and the page’s meta description.');

export const aliases = z
  .array(text('each alias'))
  .default([])
  .describe('Other names only: abbreviations, former and official alternative names (“EC2”, “Kinesis Data Firehose”); shown to readers as “Also known as”.');

export const searchTerms = z
  .array(text('each search term'))
  .default([])
  .describe(
    'Words and phrases people type that are not names of the topic: jobs it does (“run code without servers”), “x vs y”, common misspellings. Search finds the page by them; readers never see them.',
  );

/** True when `year-month[-day]` names a day (or month) that exists in the calendar: not 2025-02-30, not 2025-13. */
export function isCalendarDate(value: string): boolean {
  const [year, month, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
}

/** The calendar check, for dates already in the right shape (a wrong shape has a message of its own). */
const existsIfWellFormed = (shape: RegExp) => (value: string) => !shape.test(value) || isCalendarDate(value);

const DAY_OR_MONTH = /^\d{4}-\d{2}(-\d{2})?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const UNQUOTED_DATE = 'write dates in quotes ("2026-11-23"): YAML reads an unquoted date as a timestamp and would turn an impossible one into another day';

/**
 * A day, or a month where AWS gives no day: "2025-07-31" or "2025-07". Must be quoted in YAML, which
 * otherwise makes a Date of it and silently rolls 2025-02-30 over into March.
 */
export const isoDate = z
  .string({ error: UNQUOTED_DATE })
  .regex(DAY_OR_MONTH, 'dates are written YYYY-MM-DD (or YYYY-MM)')
  .refine(existsIfWellFormed(DAY_OR_MONTH), 'that date does not exist in the calendar');

/** A whole day, "2026-11-23", that is real and not after today. */
export const pastDay = (today: () => Date = () => new Date()) =>
  z
    .string({ error: UNQUOTED_DATE })
    .regex(DAY, 'write the day as YYYY-MM-DD')
    .refine(existsIfWellFormed(DAY), 'that date does not exist in the calendar')
    .refine((day) => !DAY.test(day) || day <= today().toISOString().slice(0, 10), 'the date is in the future');

export const httpsUrl = z
  .string({ error: 'url is required' })
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', 'url must be an absolute https:// address');

export const sourceSchema = z.object({
  title: text('sources[].title', 3).describe('The page’s title as a reader would recognise it: “Amazon SQS quotas”.'),
  url: httpsUrl.describe('The AWS documentation or announcement page, absolute and https.'),
});

export const CHANGE_KINDS = ['launched', 'limit', 'pricing', 'renamed', 'closed', 'retired', 'deprecated'] as const;

export const changeSchema = z.object({
  date: isoDate.describe('When AWS made the change: YYYY-MM-DD, or YYYY-MM when AWS gives only the month.'),
  kind: z
    .enum(CHANGE_KINDS, { error: `changes[].kind must be one of: ${CHANGE_KINDS.join(', ')}` })
    .describe('What sort of change it was; /changes/ labels it.'),
  text: text('changes[].text', 10).describe('One line, in our words, saying what changed.'),
  section: z
    .string({ error: 'changes[].section is required' })
    .regex(/^[a-z0-9-]+$/, 'changes[].section is the id of a heading on the same page, such as "status-and-alternatives"')
    .describe('The id of the section on this page that explains the change; the site link check proves it exists.'),
});

/**
 * What every topic page (service, comparison, concept) carries so a reader can check it: the AWS pages its
 * facts were checked against, the day they were, and the dated changes it states.
 */
export const provenance = {
  sources: z
    .array(sourceSchema, { error: 'sources is required: list the AWS pages this page was checked against' })
    .min(1, 'sources must list at least one AWS page')
    .describe('The AWS documentation or announcement pages the facts were checked against.'),
  reviewed: pastDay().describe('The day the facts were last checked against `sources`, quoted: "2026-11-23".'),
  changes: z.array(changeSchema).default([]).describe('Dated changes the page states, shown on /changes/ and in the feed.'),
};

/**
 * What keeps links to a topic working after a writer renames it, or one of its sections: redirects
 * from old addresses (`src/pages/[...former].astro`) and old ids
 * kept as extra link targets (`src/plugins/rehype-former-ids.ts`).
 */
export const formerAddresses = {
  formerSlugs: z
    .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'each former slug is a file name without its extension: lowercase words joined by "-"'))
    .default([])
    .describe('File names (without the extension) this page had before: each old address redirects here, so links already sent keep working.'),
  formerIds: z
    .record(
      z.string().regex(/^[^\s#]+$/, 'each key of formerIds is an old id, without "#"'),
      z.string().regex(/^[^\s#]+$/, 'each value of formerIds is the id of a heading or table row on this page, without "#"'),
    )
    .default({})
    .describe(
      'Old ids of renamed headings and table rows → their new ids: `{ cold-starts: cold-starts-and-snapstart }`. Links to the old id land on the new section.',
    ),
};
