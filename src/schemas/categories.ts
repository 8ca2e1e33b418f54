import { z } from 'astro/zod';
import { text } from './common';

export const facetSchema = z.object({
  id: z
    .string({ error: 'facets[].id is required' })
    .regex(/^[a-z0-9-]+$/, 'facets[].id is a short lower-case key such as "model"')
    .describe('The key services use under `facets:`.'),
  label: text('facets[].label').describe('The column heading: “Data model”.'),
});

/** `content/categories.yaml`: the AWS console's own grouping of services. */
export const categorySchema = z.object({
  name: text('name').describe('As the AWS console names it: “Security, Identity & Compliance”.'),
  description: text('description', 20).describe('One sentence on what the category’s services do, shown on its page.'),
  order: z.number().int().nonnegative().describe('Position on the home page, lowest first.'),
  facets: z
    .array(facetSchema)
    .default([])
    .refine((facets) => new Set(facets.map((f) => f.id)).size === facets.length, 'facets ids must be unique')
    .describe('What the category’s services are compared on in its “at a glance” table; every service fills each one.'),
});
