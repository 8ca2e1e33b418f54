import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { mdxPages } from './loaders/mdx-pages';
import { categorySchema, comparisonSchema, conceptSchema, examSchema, glossaryTermSchema, questionSetSchema, serviceSchema } from './schemas';

// Content lives at the top level, apart from the code; paths are relative to the project root.
export const collections = {
  categories: defineCollection({ loader: file('content/categories.yaml'), schema: categorySchema }),
  services: defineCollection({ loader: mdxPages('services'), schema: serviceSchema }),
  comparisons: defineCollection({ loader: mdxPages('comparisons'), schema: comparisonSchema }),
  concepts: defineCollection({ loader: mdxPages('concepts'), schema: conceptSchema }),
  exams: defineCollection({ loader: glob({ base: 'content/exams', pattern: '*.yaml' }), schema: examSchema }),
  questions: defineCollection({ loader: glob({ base: 'content/questions', pattern: '*.yaml' }), schema: questionSetSchema }),
  glossary: defineCollection({ loader: file('content/glossary.yaml'), schema: glossaryTermSchema }),
};
