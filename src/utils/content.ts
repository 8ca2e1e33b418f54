/**
 * Loads every collection once and answers the questions pages ask of it:
 * what is in a category, what relates to what (both ways), which comparisons include a service.
 * It also proves every reference points at an entry that exists, naming the file and field when not.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { domainOfTask } from './exams';
import { facetProblems, type FacetProblem } from './facets';
import { withBase } from './base';
import { changeLog, staleReviews } from './provenance';
import { redirectsFor } from './redirects';
import { addedSectionIds } from './page-ids';
import { routePath } from './routes';
import type { Crumb } from './site';

export type Category = CollectionEntry<'categories'>;
export type Service = CollectionEntry<'services'>;
export type Comparison = CollectionEntry<'comparisons'>;
export type Concept = CollectionEntry<'concepts'>;
export type Exam = CollectionEntry<'exams'>;
export type QuestionSet = CollectionEntry<'questions'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type Topic = Service | Comparison | Concept;

export interface Guide {
  categories: Category[];
  services: Service[];
  comparisons: Comparison[];
  concepts: Concept[];
  exams: Exam[];
  questions: QuestionSet[];
  glossary: GlossaryTerm[];
  category: (id: string) => Category;
  service: (id: string) => Service;
  /** Old addresses of renamed topics and where they lead now: `{ '/services/old/': '/services/new/' }`. */
  redirects: Record<string, string>;
}

interface Ref {
  collection: string;
  id: string;
}

/** Thrown for content that parses but points at something that does not exist. */
export class ContentReferenceError extends Error {
  constructor(file: string, field: string, ref: Ref) {
    super(`${file}: ${field} points to "${ref.id}", but there is no such entry in the "${ref.collection}" collection.`);
    this.name = 'ContentReferenceError';
  }
}

/** Thrown for services whose facets do not match what their category compares services on; lists every one. */
export class ContentFacetError extends Error {
  constructor(problems: { file: string; problem: FacetProblem }[]) {
    super(problems.map(({ file, problem }) => `${file}: ${problem.field} ${problem.message}.`).join('\n'));
    this.name = 'ContentFacetError';
  }
}

export function checkFacets(services: Service[], categories: Category[]) {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const problems = services.flatMap((service) => {
    const category = byId.get(service.data.category.id);
    if (!category) return [];
    return facetProblems(service.data.facets, category.data.facets, category.id, service.data.parent !== undefined).map((problem) => ({
      file: service.filePath ?? service.id,
      problem,
    }));
  });
  if (problems.length > 0) throw new ContentFacetError(problems);
}

/** Thrown for practice questions that name an exam or task statement the exam files do not have, or reuse an id. */
export class ContentQuestionError extends Error {
  constructor(file: string, field: string, message: string) {
    super(`${file}: ${field} ${message}.`);
    this.name = 'ContentQuestionError';
  }
}

export function checkQuestions(sets: QuestionSet[], exams: Exam[]) {
  const byCode = new Map(exams.map((e) => [e.data.code, e.data.domains]));
  const seen = new Map<string, string>();
  for (const set of sets) {
    const file = set.filePath ?? set.id;
    set.data.questions.forEach((question, i) => {
      const earlier = seen.get(question.id);
      if (earlier) throw new ContentQuestionError(file, `questions[${i}].id`, `"${question.id}" is already used in ${earlier}`);
      seen.set(question.id, file);
      for (const [code, task] of Object.entries(question.exams)) {
        const domains = byCode.get(code);
        if (!domains) throw new ContentQuestionError(file, `questions[${i}].exams.${code}`, `names an exam with no file in content/exams/`);
        if (!domainOfTask(domains, task)) {
          const numbers = domains.flatMap((d) => d.tasks.map((t) => t.number));
          throw new ContentQuestionError(file, `questions[${i}].exams.${code}`, `"${task}" is not a task statement of ${code} (it has: ${numbers.join(', ')})`);
        }
      }
    });
  }
}

/** Thrown for a link to a section (`/services/x/#id`) whose page or id does not exist. */
export class ContentSectionError extends Error {
  constructor(file: string, field: string, path: string, what: string) {
    super(`${file}: ${field} points to "${path}", but ${what}.`);
    this.name = 'ContentSectionError';
  }
}

/**
 * The ids a topic page will have: those of its rendered body (headings and table rows) and the sections
 * every topic page may add. Undefined while the page is not rendered yet (`astro dev` renders on demand,
 * and MDX pages render with the page): then only the page itself can be checked here, and the site tests
 * check the id.
 */
function idsOf(topic: Topic): Set<string> | undefined {
  const html = topic.rendered?.html;
  if (html === undefined) return undefined;
  const shortName = topic.collection === 'services' ? topic.data.shortName : undefined;
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!).concat(Object.values(addedSectionIds(shortName))));
}

/** Every section an exam's task statements and a practice question's proof point to exists: the page, and the id where it can be known. */
export function checkSectionLinks(topics: Topic[], exams: Exam[], sets: QuestionSet[]) {
  const byUrl = new Map(topics.map((t) => [urlOf(t), t]));
  // Many links point into one page (a hundred proofs into DynamoDB's): read each page's ids once.
  const idsByUrl = new Map<string, Set<string> | undefined>();
  const check = (file: string, field: string, path: string) => {
    const [page = path, id] = path.split('#');
    const topic = byUrl.get(page);
    if (!topic) throw new ContentSectionError(file, field, path, `there is no page ${page}`);
    if (!idsByUrl.has(page)) idsByUrl.set(page, idsOf(topic));
    const ids = idsByUrl.get(page);
    if (id && ids && !ids.has(id)) throw new ContentSectionError(file, field, path, `${topic.filePath ?? page} has no section or row with the id "${id}"`);
  };
  for (const exam of exams) {
    exam.data.domains.forEach((domain, d) => {
      domain.tasks.forEach((task, t) => {
        task.sections.forEach((path, i) => {
          check(exam.filePath ?? exam.id, `domains[${d}].tasks[${t}].sections[${i}]`, path);
        });
      });
    });
  }
  for (const set of sets) {
    set.data.questions.forEach((question, i) => {
      check(set.filePath ?? set.id, `questions[${i}].proof`, question.proof);
    });
  }
}

const byName = (a: Service, b: Service) => a.data.name.localeCompare(b.data.name, 'en');
const byTitle = (a: Comparison | Concept, b: Comparison | Concept) => a.data.title.localeCompare(b.data.title, 'en');

/** Every reference an entry holds, with the frontmatter field it sits in (for error messages). */
export function referencesOf(entry: Topic | Exam | QuestionSet): [field: string, ref: Ref][] {
  const list = (field: string, refs: Ref[]) => refs.map((r, i): [string, Ref] => [`${field}[${i}]`, r]);
  switch (entry.collection) {
    case 'services': {
      const { category, parent, related, status } = entry.data;
      return [
        ['category', category],
        ...(parent ? [['parent', parent] as [string, Ref]] : []),
        ...list('related', related),
        ...(status.state === 'active' ? [] : list('status.alternatives', status.alternatives)),
      ];
    }
    case 'comparisons':
      return list('subjects', entry.data.subjects);
    case 'concepts':
      return list('related', entry.data.related);
    case 'questions':
      return entry.data.questions.flatMap((q, i) => list(`questions[${i}].services`, q.services));
    case 'exams':
      return entry.data.categories.flatMap((category, i) =>
        category.services.flatMap(({ service }, j): [string, Ref][] => (service ? [[`categories[${i}].services[${j}].service`, service]] : [])),
      );
  }
}

export function checkReferences(entries: (Topic | Exam | QuestionSet)[], exists: (ref: Ref) => boolean) {
  for (const entry of entries) {
    for (const [field, ref] of referencesOf(entry)) {
      if (!exists(ref)) throw new ContentReferenceError(entry.filePath ?? entry.id, field, ref);
    }
  }
}

/** Facts go stale: the build names every page whose sources were last checked over a year ago. */
function warnOfStaleReviews(topics: Topic[]) {
  const stale = staleReviews(
    topics.map((t) => ({ file: t.filePath ?? t.id, reviewed: t.data.reviewed })),
    new Date(),
  );
  if (stale.length > 0) {
    console.warn(
      `[content] ${stale.length} page(s) last checked against their sources over 12 months ago; check them and update \`reviewed\`:\n${stale.map((s) => `  ${s.file} (reviewed ${s.reviewed})`).join('\n')}`,
    );
  }
}

async function load(): Promise<Guide> {
  const [categories, services, comparisons, concepts, exams, questions, glossary] = await Promise.all([
    getCollection('categories'),
    getCollection('services'),
    getCollection('comparisons'),
    getCollection('concepts'),
    getCollection('exams'),
    getCollection('questions'),
    getCollection('glossary'),
  ]);
  const ids = new Map<string, Set<string>>([
    ['categories', new Set(categories.map((c) => c.id))],
    ['services', new Set(services.map((s) => s.id))],
  ]);
  checkReferences([...services, ...comparisons, ...concepts, ...exams, ...questions], (ref) => ids.get(ref.collection)?.has(ref.id) ?? false);
  checkFacets(services, categories);
  checkQuestions(questions, exams);
  checkSectionLinks([...services, ...comparisons, ...concepts], exams, questions);
  warnOfStaleReviews([...services, ...comparisons, ...concepts]);
  const redirects = redirectsFor(
    [...services, ...comparisons, ...concepts].map((topic) => ({
      collection: topic.collection,
      id: topic.id,
      file: topic.filePath ?? topic.id,
      formerSlugs: topic.data.formerSlugs,
    })),
  );

  const get = <T extends { id: string }>(items: T[], kind: string) => {
    const map = new Map(items.map((i) => [i.id, i]));
    return (id: string) => {
      const found = map.get(id);
      if (!found) throw new Error(`No ${kind} "${id}"`);
      return found;
    };
  };
  return {
    categories: categories.sort((a, b) => a.data.order - b.data.order),
    services: services.sort(byName),
    comparisons: comparisons.sort(byTitle),
    concepts: concepts.sort(byTitle),
    exams: exams.sort((a, b) => a.data.code.localeCompare(b.data.code, 'en')),
    questions,
    glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' })),
    category: get(categories, 'category'),
    service: get(services, 'service'),
    redirects,
  };
}

let cached: Promise<Guide> | undefined;
/** The whole guide, loaded and checked once per build. */
export const loadGuide = () => (cached ??= load());

/** Services in a category, main services first and each feature page right after its parent. */
export function servicesIn(guide: Guide, categoryId: string): Service[] {
  const inCategory = guide.services.filter((s) => s.data.category.id === categoryId);
  const ids = new Set(inCategory.map((s) => s.id));
  const tops = inCategory.filter((s) => !s.data.parent || !ids.has(s.data.parent.id));
  return tops.flatMap((top) => [top, ...inCategory.filter((s) => s.data.parent?.id === top.id)]);
}

/**
 * Related services both ways, in the guide's order: those this one lists, and those that list it but it does not.
 * A page shows the first as cards and the second as names only: a hub such as Lambda is listed by some fifty pages.
 */
export function relatedServices(guide: Guide, service: Service): { listed: Service[]; listing: Service[] } {
  const listed = new Set(service.data.related.map((r) => r.id));
  listed.delete(service.id);
  const lists = (other: Service) => other.id !== service.id && !listed.has(other.id) && other.data.related.some((r) => r.id === service.id);
  return { listed: guide.services.filter((s) => listed.has(s.id)), listing: guide.services.filter(lists) };
}

/** Feature pages that belong to a service ("Instance types" under EC2). */
export const childrenOf = (guide: Guide, service: Service) => guide.services.filter((s) => s.data.parent?.id === service.id);

export const comparisonsWith = (guide: Guide, serviceId: string) => guide.comparisons.filter((c) => c.data.subjects.some((s) => s.id === serviceId));

export const conceptsAbout = (guide: Guide, serviceId: string) => guide.concepts.filter((c) => c.data.related.some((s) => s.id === serviceId));

/** The category a comparison is filed under: that of its first subject. */
export const comparisonCategory = (guide: Guide, comparison: Comparison) => guide.category(guide.service(comparison.data.subjects[0]!.id).data.category.id);

/** The comparisons filed under a category (that of their first subject), for its page and the comparisons index. */
export const comparisonsIn = (guide: Guide, categoryId: string) => guide.comparisons.filter((c) => comparisonCategory(guide, c).id === categoryId);

/** The exams whose in-scope list names this service; a feature page is in scope with its parent. */
export function examsCovering(guide: Guide, service: Service): Exam[] {
  const id = service.data.parent?.id ?? service.id;
  return guide.exams.filter((exam) => exam.data.categories.some((c) => c.services.some((entry) => entry.service?.id === id)));
}

/** The static paths of the pages under /exams/<code>/ (the blueprint, the study path, the mock): one per exam. */
export async function examPaths() {
  const guide = await loadGuide();
  return guide.exams.map((exam) => ({ params: { slug: exam.id }, props: { exam } }));
}

/** The crumbs above an exam page: the exams index, then, on the pages under an exam, that exam. */
export const examCrumbs = (exam?: Exam): Crumb[] => [
  { label: 'Exams', href: withBase('/exams/') },
  ...(exam ? [{ label: `${exam.data.name} (${exam.data.code})`, href: hrefOf(exam) }] : []),
];

/** The root-relative path of an entry's page; links add the site's sub-path with `hrefOf`. */
export const urlOf = (entry: Topic | Category | Exam): string => routePath(entry.collection, entry.id);

/** The link to an entry's page, under the site's sub-path. */
export const hrefOf = (entry: Topic | Category | Exam): string => withBase(urlOf(entry));

/** Every dated change the guide states, newest first, each pointing at the section that explains it. */
export const guideChanges = (guide: Guide) =>
  changeLog(
    [...guide.services, ...guide.comparisons, ...guide.concepts].map((topic) => ({
      title: titleOf(topic),
      url: urlOf(topic),
      changes: topic.data.changes,
    })),
  );

export const titleOf = (entry: Topic): string => (entry.collection === 'services' ? entry.data.name : entry.data.title);

/** An exam's in-scope services in the exam guide's order, each once and followed by its feature pages. */
export function examServices(guide: Guide, exam: Exam): Service[] {
  const listed = exam.data.categories.flatMap((c) => c.services.flatMap((entry) => (entry.service ? [guide.service(entry.service.id)] : [])));
  return [...new Set(listed.flatMap((service) => [service, ...childrenOf(guide, service)]))];
}

/** Comparisons all of whose services are among these: those an exam or category covers in full. */
export const comparisonsAmong = (guide: Guide, services: Service[]): Comparison[] => {
  const ids = new Set(services.map((s) => s.id));
  return guide.comparisons.filter((c) => c.data.subjects.every((s) => ids.has(s.id)));
};

/** The page with every topic of an exam or category in full, to print or save as PDF. */
export const printUrlOf = (entry: Exam | Category): string => withBase(`/print/${entry.id}/`);
