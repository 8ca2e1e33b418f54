import type { MarkdownHeading } from 'astro';

export interface Section {
  depth: number;
  slug: string;
  text: string;
}

/**
 * The table of contents of a page: the body's headings, then the sections the page adds
 * after the body (exam tips, key facts, related topics). Falsy entries are sections the
 * page leaves out because they would be empty.
 */
export function pageSections(body: MarkdownHeading[], added: Array<{ slug: string; text: string } | false>): Section[] {
  return [
    ...body.map(({ depth, slug, text }) => ({ depth, slug, text })),
    ...added.filter((s): s is { slug: string; text: string } => Boolean(s)).map((s) => ({ depth: 2, ...s })),
  ];
}
