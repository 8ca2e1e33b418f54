/**
 * Exam pages' data: each in-scope entry of an exam guide, matched to the guide's page for it, with ids
 * for every category section and row that stay the same as long as the exam guide's wording does.
 */
import { createIdMaker } from './slug';

export interface ExamEntryInput {
  name: string;
  service?: { id: string } | undefined;
}

export interface ExamRow<S> {
  /** Row id, from the name the exam guide prints: "amazon-sqs". */
  id: string;
  /** The name as the exam guide prints it. */
  listed: string;
  /** The page for it, or undefined while the guide has none. */
  service: S | undefined;
}

export interface ExamSection<S> {
  id: string;
  name: string;
  rows: ExamRow<S>[];
}

/**
 * The exam's categories as page sections. Ids are unique on the page: a service the exam guide lists in two
 * categories (Redshift under Analytics and Database) gets a suffix the second time, and `taken` holds ids
 * the page already uses elsewhere.
 */
export function examSections<S>(
  categories: { name: string; services: ExamEntryInput[] }[],
  lookup: (id: string) => S,
  taken: Iterable<string> = [],
): ExamSection<S>[] {
  const makeId = createIdMaker(taken);
  return categories.map((category) => ({
    id: makeId(category.name),
    name: category.name,
    rows: category.services.map((entry) => ({
      id: makeId(entry.name),
      listed: entry.name,
      service: entry.service ? lookup(entry.service.id) : undefined,
    })),
  }));
}

export interface Coverage {
  /** Distinct names the exam guide lists (a name listed under two categories counts once). */
  total: number;
  /** How many of those names have a page here. */
  covered: number;
  /** How many pages that is: fewer than `covered` where the exam guide lists a part of a service under its own name. */
  pages: number;
  /** The names that share one page ("Amazon ECS", "Amazon ECS Anywhere"), page by page in the exam guide's order. */
  shared: string[][];
}

/** How many in-scope names have a page, out of how many, and how many pages they fill. */
export function coverage(categories: { services: ExamEntryInput[] }[]): Coverage {
  const names = new Set<string>();
  const namesByPage = new Map<string, Set<string>>();
  for (const { name, service } of categories.flatMap((c) => c.services)) {
    names.add(name);
    if (service) namesByPage.set(service.id, (namesByPage.get(service.id) ?? new Set()).add(name));
  }
  const covered = new Set([...namesByPage.values()].flatMap((n) => [...n])).size;
  const shared = [...namesByPage.values()].filter((n) => n.size > 1).map((n) => [...n]);
  return { total: names.size, covered, pages: namesByPage.size, shared };
}

const and = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/**
 * The exam page's count of its in-scope services, in words that say why the page count can be lower: the
 * progress box counts pages studied, so a reader who sees 121 here and 117 there knows which is which.
 */
export function coverageText({ total, covered, pages, shared }: Coverage): string {
  const count =
    covered === total ? `Every one of the ${total} in-scope services has a page here` : `${covered} of the ${total} in-scope services have a page here`;
  if (pages === covered) return `${count}.`;
  const sharing = shared.length === 1 ? `${and.format(shared[0]!)} share one` : `some share one (${and.format(shared[0]!)}, for example)`;
  return `${count}; ${sharing}, so that makes ${pages} pages.`;
}

/** The domain a task statement belongs to: "3.4" is the third domain's; undefined when the exam has no such task. */
export function domainOfTask<D extends { name: string; tasks: { number: string }[] }>(domains: readonly D[], task: string): D | undefined {
  const domain = domains[Number(task.split('.')[0]) - 1];
  return domain?.tasks.some((t) => t.number === task) ? domain : undefined;
}
