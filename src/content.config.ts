import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { topicPages } from './loaders/topic-pages';
import { categorySchema, comparisonSchema, conceptSchema, examSchema, glossaryTermSchema, questionSetSchema, serviceSchema } from './schemas';

// Content lives at the top level, apart from the code; paths are relative to the project root.
// A topic is Markdown (`.md`), or MDX (`.mdx`) when it uses a component: renaming the file is all it takes.
export const collections = {
  categories: defineCollection({ loader: file('content/categories.yaml'), schema: categorySchema }),
  services: defineCollection({ loader: topicPages('services'), schema: serviceSchema }),
  comparisons: defineCollection({ loader: topicPages('comparisons'), schema: comparisonSchema }),
  concepts: defineCollection({ loader: topicPages('concepts'), schema: conceptSchema }),
  exams: defineCollection({ loader: glob({ base: 'content/exams', pattern: '*.yaml' }), schema: examSchema }),
  questions: defineCollection({ loader: glob({ base: 'content/questions', pattern: '*.yaml' }), schema: questionSetSchema }),
  glossary: defineCollection({ loader: file('content/glossary.yaml'), schema: glossaryTermSchema }),
};
