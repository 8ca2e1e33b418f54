import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { aliases, formerAddresses, isoDate, provenance, searchTerms, summary, text } from './common';

export const SERVICE_STATES = ['active', 'legacy', 'closed', 'retired', 'renamed'] as const;

/**
 * Most services are active. Any other state must say when and why, so the page can show a dated notice
 * and point to what to use instead.
 */
export const statusSchema = z
  .discriminatedUnion(
    'state',
    [
      z.object({ state: z.literal('active') }),
      z.object({
        state: z.enum(SERVICE_STATES).exclude(['active']),
        since: isoDate.describe('When AWS announced or made the change.'),
        note: text('status.note', 10).describe('What changed and what happens to existing users.'),
        alternatives: z.array(reference('services')).default([]).describe('Services to use instead.'),
      }),
    ],
    { error: `status.state must be one of: ${SERVICE_STATES.join(', ')}` },
  )
  .default({ state: 'active' })
  .describe('Lifecycle: leave out for an active service.');

export const keyFactSchema = z.object({
  label: text('keyFacts[].label').describe('What the fact is about, short: “Maximum run time”.'),
  value: text('keyFacts[].value').describe('The fact itself, short enough to learn: “15 minutes”.'),
});

/** `content/services/<slug>.md` (`.mdx` if it uses a component): one AWS service, or one feature of a service studied on its own. */
export const serviceSchema = z.object({
  name: text('name', 3).describe('Official name, as AWS writes it today: “Amazon Elastic Compute Cloud”.'),
  shortName: text('shortName').describe('What people call it: “EC2”.'),
  aliases,
  searchTerms,
  category: reference('categories').describe('An id from content/categories.yaml.'),
  parent: reference('services').optional().describe('For a feature page: the service it belongs to (“Amazon EC2 > Instance types”).'),
  summary,
  status: statusSchema,
  related: z.array(reference('services')).default([]).describe('Related services; shown on both pages.'),
  examTips: z.array(text('each exam tip', 10)).default([]).describe('The clue in a question and the answer it points to.'),
  keyFacts: z.array(keyFactSchema).default([]).describe('Short label and value; each must stand alone.'),
  facets: z
    .record(z.string(), text('each facet value'))
    .default({})
    .describe('One short value for each facet its category declares (content/categories.yaml): `model: Key-value and document`.'),
  ...provenance,
  ...formerAddresses,
});
