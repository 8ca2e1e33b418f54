import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { categorySchema, comparisonSchema, conceptSchema, serviceSchema } from './schemas';

// Content lives at the top level, apart from the code; paths are relative to the project root.
export const collections = {
  categories: defineCollection({ loader: file('content/categories.yaml'), schema: categorySchema }),
  services: defineCollection({ loader: glob({ base: 'content/services', pattern: '*.mdx' }), schema: serviceSchema }),
  comparisons: defineCollection({ loader: glob({ base: 'content/comparisons', pattern: '*.mdx' }), schema: comparisonSchema }),
  concepts: defineCollection({ loader: glob({ base: 'content/concepts', pattern: '*.mdx' }), schema: conceptSchema }),
};
