/**
 * Who owns which id on a page. Three sources of ids share one page, and these rules keep them apart:
 * - the layout's own ids (the main landmark, the parts of the search dialog, ...) start with `_`,
 *   which no heading or row text ever slugs to;
 * - the sections topic pages add after the body (exam tips, key facts, sources, ...) own their ids,
 *   so links such as a flashcard's `#key-facts` always land on them;
 * - the body's headings and table rows get ids from one allocator per page, seeded with those
 *   section ids, in document order: a body heading "Key facts" becomes `#key-facts-1`.
 */
import { slug } from 'github-slugger';
import { createIdMaker } from './slug';

/**
 * The layout's ids: `_`-prefixed, so Markdown text can never produce one. Components that wire labels
 * with ids of their own (the search dialog's `_search-*`, a diagram's `_<its id>-caption`) follow the same rule.
 */
export const LAYOUT_IDS = { main: '_main' } as const;

/** The headings of the sections topic pages add after the body, by key. */
export const addedSectionTexts = (shortName = 'this service') =>
  ({
    examTips: 'Exam tips',
    keyFacts: 'Key facts',
    features: `More on ${shortName}`,
    related: 'Related services',
    comparisons: 'Comparisons',
    concepts: 'Concepts',
    subjects: 'Services compared',
    testYourself: 'Test yourself',
    sources: 'Sources',
  }) as const;

export type AddedSection = keyof ReturnType<typeof addedSectionTexts>;

/** The id of an added section: its heading's slug, never suffixed (the body keeps clear of it). */
export const addedSectionId = (text: string) => slug(text);

/** The ids of the sections topic pages add, by key: for links made away from the page (a flashcard's `#key-facts`). */
export const addedSectionIds = (shortName?: string) => {
  const texts = addedSectionTexts(shortName);
  return Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, addedSectionId(text)])) as Record<AddedSection, string>;
};

/** A section a page makes itself: its heading, and the id links reach it by (the heading's slug). */
export interface NamedSection {
  id: string;
  text: string;
}
const namedSection = (text: string): NamedSection => ({ id: addedSectionId(text), text });

/** The sections of an exam page around its tables of in-scope services, whose ids those tables keep clear of. */
export const EXAM_PAGE_SECTIONS = {
  domains: namedSection('Domains'),
  since: namedSection('Since the exam guide was written'),
  previous: namedSection('Changes from the previous version'),
  tasks: namedSection('Task statements'),
  inScope: namedSection('In-scope services'),
  progress: namedSection('Your progress on this exam'),
} as const;

/** An allocator for a page's body ids that steers clear of the ids of the sections the page adds. */
export const createPageIdMaker = (shortName?: string) => createIdMaker(Object.values(addedSectionIds(shortName)));
