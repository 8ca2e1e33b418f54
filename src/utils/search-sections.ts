/**
 * Which of a result page's sections the search dialog shows first. Pagefind scores a section by how often the
 * query's words occur in it, so on the Lambda page a query for “lambda layers” favoured the long section that
 * says “Lambda” most; the section the reader wants is the one whose heading names what they asked beyond the
 * page's own name.
 */

/** The words of a heading, title or query, lower-cased, without the short ones that match everything. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3);

/** One word in two forms: “alias” and “aliases”, “secret” and “secrets”. */
const sameWord = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

export interface ScoredSection {
  title: string;
  /** Pagefind's score for the query in this section. */
  score: number;
}

/** The sections, those whose heading names more of the query's words beyond the page title first, then by score. */
export function rankSections<T extends ScoredSection>(sections: readonly T[], query: string, pageTitle: string): T[] {
  const page = wordsOf(pageTitle);
  const asked = wordsOf(query).filter((word) => !page.some((own) => sameWord(own, word)));
  const named = new Map(
    sections.map((section) => {
      const heading = wordsOf(section.title);
      return [section, asked.filter((word) => heading.some((own) => sameWord(own, word))).length];
    }),
  );
  return [...sections].sort((a, b) => named.get(b)! - named.get(a)! || b.score - a.score);
}
