/**
 * Loads every collection once and answers the questions pages ask of it:
 * what is in a category, what relates to what (both ways), which comparisons include a service.
 * It also proves every reference points at an entry that exists, naming the file and field when not.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Category = CollectionEntry<'categories'>;
export type Service = CollectionEntry<'services'>;
export type Comparison = CollectionEntry<'comparisons'>;
export type Concept = CollectionEntry<'concepts'>;
export type Topic = Service | Comparison | Concept;

export interface Guide {
  categories: Category[];
  services: Service[];
  comparisons: Comparison[];
  concepts: Concept[];
  category: (id: string) => Category;
  service: (id: string) => Service;
}

type Ref = { collection: string; id: string };

/** Thrown for content that parses but points at something that does not exist. */
export class ContentReferenceError extends Error {
  constructor(file: string, field: string, ref: Ref) {
    super(`${file}: ${field} points to "${ref.id}", but there is no such entry in the "${ref.collection}" collection.`);
    this.name = 'ContentReferenceError';
  }
}

const byName = (a: Service, b: Service) => a.data.name.localeCompare(b.data.name, 'en');
const byTitle = (a: Comparison | Concept, b: Comparison | Concept) => a.data.title.localeCompare(b.data.title, 'en');

/** Every reference an entry holds, with the frontmatter field it sits in (for error messages). */
export function referencesOf(entry: Topic): Array<[field: string, ref: Ref]> {
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
  }
}

export function checkReferences(entries: Topic[], exists: (ref: Ref) => boolean) {
  for (const entry of entries) {
    for (const [field, ref] of referencesOf(entry)) {
      if (!exists(ref)) throw new ContentReferenceError(entry.filePath ?? entry.id, field, ref);
    }
  }
}

async function load(): Promise<Guide> {
  const [categories, services, comparisons, concepts] = await Promise.all([
    getCollection('categories'),
    getCollection('services'),
    getCollection('comparisons'),
    getCollection('concepts'),
  ]);
  const ids = new Map<string, Set<string>>([
    ['categories', new Set(categories.map((c) => c.id))],
    ['services', new Set(services.map((s) => s.id))],
  ]);
  checkReferences([...services, ...comparisons, ...concepts], (ref) => ids.get(ref.collection)?.has(ref.id) ?? false);

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
    category: get(categories, 'category'),
    service: get(services, 'service'),
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

/** Related services both ways: those this one lists, and those that list it. */
export function relatedServices(guide: Guide, service: Service): Service[] {
  const ids = new Set(service.data.related.map((r) => r.id));
  for (const other of guide.services) {
    if (other.data.related.some((r) => r.id === service.id)) ids.add(other.id);
  }
  ids.delete(service.id);
  return guide.services.filter((s) => ids.has(s.id));
}

/** Feature pages that belong to a service ("Instance types" under EC2). */
export const childrenOf = (guide: Guide, service: Service) =>
  guide.services.filter((s) => s.data.parent?.id === service.id);

export const comparisonsWith = (guide: Guide, serviceId: string) =>
  guide.comparisons.filter((c) => c.data.subjects.some((s) => s.id === serviceId));

export const conceptsAbout = (guide: Guide, serviceId: string) =>
  guide.concepts.filter((c) => c.data.related.some((s) => s.id === serviceId));

/** The category a comparison is filed under: that of its first subject. */
export const comparisonCategory = (guide: Guide, comparison: Comparison) =>
  guide.category(guide.service(comparison.data.subjects[0]!.id).data.category.id);

export const urlOf = (entry: Topic | Category): string => {
  switch (entry.collection) {
    case 'services':
      return `/services/${entry.id}/`;
    case 'comparisons':
      return `/compare/${entry.id}/`;
    case 'concepts':
      return `/concepts/${entry.id}/`;
    case 'categories':
      return `/categories/${entry.id}/`;
  }
};

export const titleOf = (entry: Topic): string => (entry.collection === 'services' ? entry.data.name : entry.data.title);
