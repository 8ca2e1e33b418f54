import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { categorySchema, comparisonSchema, conceptSchema, examSchema, glossaryTermSchema, questionSetSchema, serviceSchema } from './schemas';

/**
 * One MDX entry per file of a folder under `content/`. `render()` compiles each file as a module of
 * its own, so the loader need not keep the raw text. Kept, it would copy every page's source into
 * the data module the build bundles: 10 MB at 1,000 services, about 200 MB of the build's peak memory.
 */
const mdxFolder = (folder: string) => glob({ base: `content/${folder}`, pattern: '*.mdx', retainBody: false });

// Content lives at the top level, apart from the code; paths are relative to the project root.
export const collections = {
  categories: defineCollection({ loader: file('content/categories.yaml'), schema: categorySchema }),
  services: defineCollection({ loader: mdxFolder('services'), schema: serviceSchema }),
  comparisons: defineCollection({ loader: mdxFolder('comparisons'), schema: comparisonSchema }),
  concepts: defineCollection({ loader: mdxFolder('concepts'), schema: conceptSchema }),
  exams: defineCollection({ loader: glob({ base: 'content/exams', pattern: '*.yaml' }), schema: examSchema }),
  questions: defineCollection({ loader: glob({ base: 'content/questions', pattern: '*.yaml' }), schema: questionSetSchema }),
  glossary: defineCollection({ loader: file('content/glossary.yaml'), schema: glossaryTermSchema }),
};
