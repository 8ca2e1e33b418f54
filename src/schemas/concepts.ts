import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { aliases, formerAddresses, provenance, searchTerms, summary, text } from './common';

/** `content/concepts/<slug>.md` (`.mdx` if it uses a component): a cloud idea that is not one service. */
export const conceptSchema = z.object({
  title: text('title', 3).describe('“Shared responsibility model”.'),
  summary,
  aliases,
  searchTerms,
  related: z.array(reference('services')).default([]).describe('Services the concept is about; each lists the concept back.'),
  ...provenance,
  ...formerAddresses,
});
