/**
 * Where each collection's pages live. One map, read by the page links (`urlOf`), the redirects that
 * keep renamed pages' old addresses working, and the tests.
 */
export const ROUTE_FOLDERS = {
  services: 'services',
  comparisons: 'compare',
  concepts: 'concepts',
  categories: 'categories',
  exams: 'exams',
} as const;

export type RoutedCollection = keyof typeof ROUTE_FOLDERS;

/** The root-relative path of an entry's page: `/compare/ebs-vs-efs/`. */
export const routePath = (collection: RoutedCollection, id: string) => `/${ROUTE_FOLDERS[collection]}/${id}/`;

/** The topic collections whose MDX entries may list `formerSlugs`. */
export const TOPIC_COLLECTIONS = ['services', 'comparisons', 'concepts'] as const;

const TOPIC_FOLDERS = TOPIC_COLLECTIONS.map((c) => ROUTE_FOLDERS[c]).join('|');

/**
 * The folders of the pages search finds (those with `data-pagefind-body`): topics and categories.
 * Pagefind reads only these, not the print pages, which repeat every topic and would double its time.
 */
export const SEARCHABLE_FOLDERS = [...TOPIC_COLLECTIONS, 'categories' as const].map((c) => ROUTE_FOLDERS[c]);
const FRAGMENT = { none: '', optional: '(#[^\\s#]+)?', required: '#[^\\s#]+' } as const;

/**
 * A topic page's path as content writes it: `/services/sqs/`, with a `#section` where `fragment`
 * allows or requires one (`/concepts/disaster-recovery/#rpo-and-rto`).
 */
export const topicPathPattern = (fragment: keyof typeof FRAGMENT) => new RegExp(`^/(${TOPIC_FOLDERS})/[a-z0-9-]+/${FRAGMENT[fragment]}$`);
