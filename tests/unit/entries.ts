/**
 * Small in-memory content for unit tests of the guide's logic. Each entry goes through its collection's real
 * schema, so defaults and references have the shape a build gives them, but none comes from `content/`: a
 * writer's edit never breaks a unit test. Every field a test does not care about gets a valid default.
 */
import type { CollectionEntry, CollectionKey } from 'astro:content';
import type { z } from 'astro/zod';
import { vi } from 'vitest';
import { categorySchema, comparisonSchema, conceptSchema, examSchema, questionSetSchema, serviceSchema, type QuestionInput } from '../../src/schemas';
import type { Category, Comparison, Concept, Exam, Guide, QuestionSet, Service } from '../../src/utils/content';

// Reviewed today: never in the future, never stale enough for the build's warning.
const provenance = { sources: [{ title: 'AWS documentation', url: 'https://docs.aws.amazon.com/' }], reviewed: new Date().toISOString().slice(0, 10) };

/** `ec2-instance-types` → `Ec2 Instance Types`: a readable name that differs for every id. */
const nameOf = (id: string) => id.replace(/(^|-)(\w)/g, (_, dash: string, letter: string) => `${dash ? ' ' : ''}${letter.toUpperCase()}`);

export function category(id: string, fields: Partial<z.input<typeof categorySchema>> = {}): Category {
  const data = categorySchema.parse({ name: nameOf(id), description: `The ${id} category of this test.`, order: 1, ...fields });
  return { id, collection: 'categories', data, filePath: 'content/categories.yaml' };
}

/** A service in the `compute` category; `fields` overrides any frontmatter field. */
export function service(id: string, fields: Partial<z.input<typeof serviceSchema>> = {}): Service {
  const data = serviceSchema.parse({
    name: `Amazon ${nameOf(id)}`,
    shortName: nameOf(id),
    category: 'compute',
    summary: `${nameOf(id)} is a service that exists only in this test.`,
    ...provenance,
    ...fields,
  });
  return { id, collection: 'services', data, filePath: `content/services/${id}.md` };
}

export function comparison(id: string, subjects: string[], fields: Partial<z.input<typeof comparisonSchema>> = {}): Comparison {
  const data = comparisonSchema.parse({ title: nameOf(id), subjects, summary: `${nameOf(id)}, side by side in this test.`, ...provenance, ...fields });
  return { id, collection: 'comparisons', data, filePath: `content/comparisons/${id}.md` };
}

export function concept(id: string, fields: Partial<z.input<typeof conceptSchema>> = {}): Concept {
  const data = conceptSchema.parse({ title: nameOf(id), summary: `${nameOf(id)} is an idea that exists only in this test.`, ...provenance, ...fields });
  return { id, collection: 'concepts', data, filePath: `content/concepts/${id}.md` };
}

/** An exam guide entry: a service id, or `{ name }` for one the guide has no page for. */
type InScope = string | { name: string };

/** A domain of an exam with task statements "<n>.1" … "<n>.<tasks>", each taught by two sections every page of `service` has. */
export const domain = (n: number, name: string, weight: number, tasks = 1, service = 'alpha') => ({
  name,
  weight,
  tasks: Array.from({ length: tasks }, (_, i) => ({
    number: `${n}.${i + 1}`,
    title: `Task ${n}.${i + 1} of ${name}`,
    covers: ['The first thing this task examines', 'The second thing this task examines'],
    sections: [`/services/${service}/#exam-tips`, `/services/${service}/#key-facts`],
  })),
});

/** An exam whose in-scope services are listed by the exam guide's categories, in order; one domain, "Everything", with task 1.1 taught on the first service's page. */
export function exam(code: string, categories: Record<string, InScope[]>, fields: Partial<z.input<typeof examSchema>> = {}): Exam {
  const data = examSchema.parse({
    code,
    name: `Exam ${code} of this test`,
    guide: { url: 'https://aws.amazon.com/certification/', version: '1.0', published: '2026-01-05', read: provenance.reviewed },
    domains: [
      domain(
        1,
        'Everything',
        100,
        1,
        Object.values(categories)
          .flat()
          .find((entry) => typeof entry === 'string'),
      ),
    ],
    format: { questions: 65, scored: 50, minutes: 90, passingScore: 700 },
    categories: Object.entries(categories).map(([name, services]) => ({
      name,
      services: services.map((entry) => (typeof entry === 'string' ? { name: nameOf(entry), service: entry } : entry)),
    })),
    ...fields,
  });
  return { id: code.toLowerCase(), collection: 'exams', data, filePath: `content/exams/${code.toLowerCase()}.yaml` };
}

/** A well-formed question on `alpha` for the exam FIX-C01's task 1.1; `fields` overrides any field. */
export const question = (id: string, fields: Partial<QuestionInput> = {}): QuestionInput => ({
  id,
  exams: { 'FIX-C01': '1.1' },
  services: ['alpha'],
  question: 'Which fixture service runs a job when an event arrives?',
  options: ['Alpha', 'Beta', 'Gamma', 'Delta'],
  answer: ['A'],
  explanation: 'Alpha runs the job; Beta, Gamma and Delta are other fixtures that do not, which is all this explanation has to say.',
  proof: '/services/alpha/#how-it-works',
  ...fields,
});

/** The questions filed under one page (the service `id` unless `topic` names another), in `content/questions/<id>.yaml`. */
export function questionSet(id: string, questions: QuestionInput[], topic = `/services/${id}/`): QuestionSet {
  const data = questionSetSchema.parse({ topic, questions });
  return { id, collection: 'questions', data, filePath: `content/questions/${id}.yaml` };
}

/** Entries by collection; a collection left out is empty. */
export type Content = Partial<{ [C in CollectionKey]: CollectionEntry<C>[] }>;

/**
 * The guide as `loadGuide()` makes it from these entries (sorted, checked, with its lookups), in place of the
 * collections a build loads: `astro:content` is replaced by an in-memory module whose `getCollection` answers
 * from `content`, as Starlight's tests do (its `__tests__/test-utils.ts`). The `compute` category is there
 * unless `content` has categories of its own. A fresh module registry gives each call its own guide, since
 * `loadGuide()` loads once per module.
 */
export async function guideOf(content: Content): Promise<Guide> {
  const collections: Content = { categories: [category('compute')], ...content };
  vi.resetModules();
  vi.doMock('astro:content', async (importOriginal) => ({
    ...(await importOriginal<typeof import('astro:content')>()),
    // A copy, as the guide sorts its lists in place.
    getCollection: (collection: CollectionKey) => Promise.resolve([...(collections[collection] ?? [])]),
  }));
  const { loadGuide } = await import('../../src/utils/content');
  return loadGuide();
}
