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

/** How many distinct in-scope entries have a page, out of how many (an entry listed twice counts once). */
export function coverage(categories: { services: ExamEntryInput[] }[]): { covered: number; total: number } {
  const byName = new Map<string, boolean>();
  for (const entry of categories.flatMap((c) => c.services)) {
    byName.set(entry.name, (byName.get(entry.name) ?? false) || entry.service !== undefined);
  }
  return { covered: [...byName.values()].filter(Boolean).length, total: byName.size };
}
