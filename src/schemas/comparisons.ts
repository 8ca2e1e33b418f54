import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { aliases, formerAddresses, provenance, searchTerms, summary, text } from './common';

/** `content/comparisons/<slug>.md` (`.mdx` if it uses a component): two or more look-alike services side by side. */
export const comparisonSchema = z.object({
  title: text('title', 3).describe('“Amazon EBS vs Amazon EFS”.'),
  subjects: z
    .array(reference('services'))
    .min(1, 'subjects must list the services compared')
    .refine((subjects) => new Set(subjects.map((s) => s.id)).size === subjects.length, 'subjects lists each service once')
    .describe(
      'The services compared, the first deciding the category it is filed under; one service when the page compares options of that service (DynamoDB GSI vs LSI).',
    ),
  summary,
  aliases,
  searchTerms,
  ...provenance,
  ...formerAddresses,
});
