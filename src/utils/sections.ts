import type { MarkdownHeading } from 'astro';
import { addedSectionIds, addedSectionTexts, type AddedSection } from './page-ids';

export interface Section {
  depth: number;
  slug: string;
  text: string;
}

/**
 * The table of contents of a topic page and the ids of the sections it adds after the body: the
 * body's headings, then each added section the page shows (an empty one stays out of the contents).
 * The added sections' ids are fixed by their text (utils/page-ids.ts); the body keeps clear of them.
 */
export function pageSections<K extends AddedSection>(
  body: readonly MarkdownHeading[],
  shown: Record<K, boolean>,
  shortName?: string,
): { toc: Section[]; ids: Record<K, string>; texts: Record<K, string> } {
  const all = addedSectionTexts(shortName);
  const allIds = addedSectionIds(shortName);
  const keys = Object.keys(shown) as K[];
  const texts = {} as Record<K, string>;
  const ids = {} as Record<K, string>;
  for (const key of keys) {
    texts[key] = all[key];
    ids[key] = allIds[key];
  }
  const toc: Section[] = [
    ...body.map(({ depth, slug, text }) => ({ depth, slug, text })),
    ...keys.filter((key) => shown[key]).map((key) => ({ depth: 2, slug: ids[key], text: texts[key] })),
  ];
  return { toc, ids, texts };
}
