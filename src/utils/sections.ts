import type { MarkdownHeading } from 'astro';
import { createIdMaker } from './slug';

export interface Section {
  depth: number;
  slug: string;
  text: string;
}

/**
 * The table of contents of a page: the body's headings, then the sections the page adds after
 * the body (exam tips, key facts, related topics), keyed by a name of the page's choosing.
 * Sections not shown (they would be empty) stay out of the contents. An added section whose id the body
 * already uses gets a suffix, so ids stay unique and the body's ids never change.
 */
export function pageSections<K extends string>(
  body: MarkdownHeading[],
  added: Record<K, { text: string; shown: boolean }>,
): { toc: Section[]; ids: Record<K, string> } {
  const makeId = createIdMaker(body.map((h) => h.slug));
  const ids = {} as Record<K, string>;
  const toc: Section[] = body.map(({ depth, slug, text }) => ({ depth, slug, text }));
  for (const [key, { text, shown }] of Object.entries(added) as Array<[K, { text: string; shown: boolean }]>) {
    ids[key] = makeId(text);
    if (shown) toc.push({ depth: 2, slug: ids[key], text });
  }
  return { toc, ids };
}
