import { z } from 'astro/zod';
import { topicPathPattern } from '../utils/routes';
import { text } from './common';

/** `content/glossary.yaml`: terms the guide uses that are not the name of a service (RPO, CIDR, …). */
export const glossaryTermSchema = z.object({
  term: text('term').describe('The term as readers meet it: “RPO”.'),
  meaning: text('meaning', 10).describe('One sentence in plain words.'),
  link: z
    .string({ error: 'link is required' })
    .regex(topicPathPattern('optional'), 'link is the section that explains the term, such as "/concepts/disaster-recovery/#rpo-and-rto"')
    .describe('The topic page section that explains the term; the site link check proves it exists.'),
});
