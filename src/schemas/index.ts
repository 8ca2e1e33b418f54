/**
 * Frontmatter schemas for every content collection.
 *
 * They live apart from `content.config.ts` so that unit tests can parse fixtures with them.
 * Messages are written for content writers: Astro prefixes them with the file and the field.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';

const text = (what: string, min = 1) =>
  z.string({ error: `${what} is required and must be text` }).trim().min(min, `${what} must be at least ${min} characters`);

/** One sentence: shown in cards, tables, search results and the page's meta description. */
const summary = text('summary', 20).max(240, 'summary must be one sentence of at most 240 characters');

/** "YYYY-MM-DD" or "YYYY-MM": when AWS announced the change. */
const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'dates are written YYYY-MM-DD (or YYYY-MM)');

/** Extra names people type into the search box: abbreviations, old names, engines it is compatible with. */
const aliases = z.array(text('each alias')).default([]);

export const SERVICE_STATES = ['active', 'legacy', 'closed', 'retired', 'renamed'] as const;

/**
 * Most services are active. Any other state must say when and why, so the page can show a dated notice
 * and point to what to use instead.
 */
export const statusSchema = z
  .discriminatedUnion('state', [
    z.object({ state: z.literal('active') }),
    z.object({
      state: z.enum(SERVICE_STATES).exclude(['active']),
      since: isoDate,
      note: text('status.note', 10),
      alternatives: z.array(reference('services')).default([]),
    }),
  ], { error: `status.state must be one of: ${SERVICE_STATES.join(', ')}` })
  .default({ state: 'active' });

export const keyFactSchema = z.object({
  label: text('keyFacts[].label'),
  value: text('keyFacts[].value'),
});

export const categorySchema = z.object({
  name: text('name'),
  description: text('description', 20),
  order: z.number().int().nonnegative(),
});

export const serviceSchema = z.object({
  /** Official name: "Amazon Elastic Compute Cloud". */
  name: text('name', 3),
  /** What people call it: "EC2". */
  shortName: text('shortName'),
  aliases,
  category: reference('categories'),
  /** For a feature page that belongs to a service ("Amazon EC2 > Instance types"). */
  parent: reference('services').optional(),
  summary,
  status: statusSchema,
  related: z.array(reference('services')).default([]),
  examTips: z.array(text('each exam tip', 10)).default([]),
  keyFacts: z.array(keyFactSchema).default([]),
});

export const comparisonSchema = z.object({
  title: text('title', 3),
  subjects: z.array(reference('services')).min(2, 'subjects must list at least two services'),
  summary,
  aliases,
});

export const conceptSchema = z.object({
  title: text('title', 3),
  summary,
  aliases,
  related: z.array(reference('services')).default([]),
});
