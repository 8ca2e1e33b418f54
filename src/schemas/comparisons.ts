import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { aliases, formerAddresses, provenance, searchTerms, summary, text } from './common';

/** `content/comparisons/<slug>.md` (`.mdx` if it uses a component): two or more look-alike services side by side. */
export const comparisonSchema = z.object({
  title: text('title', 3).describe('“Amazon EBS vs Amazon EFS”.'),
  subjects: z
    .array(reference('services'))
    .min(2, 'subjects must list at least two services')
    .describe('The services compared; the first decides the category it is filed under.'),
  summary,
  aliases,
  searchTerms,
  ...provenance,
  ...formerAddresses,
});
