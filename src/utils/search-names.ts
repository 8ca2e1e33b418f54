/**
 * Exact-name matching for search. Pagefind ranks by words, not whole names: a query that is a
 * service's name or abbreviation also matches every page with that word in its names ("EC2" is in
 * "EC2 Image Builder" and in "Amazon ECS on EC2 vs AWS Fargate"), and Pagefind can put any of them
 * first. Learners who type a name want the page it names, so among the first results the dialog shows
 * (five), pages whose names match the query are put first, strongest match first, and Pagefind's order
 * decides the rest. The names come with each result: topic pages give them to Pagefind as metadata
 * (components/SearchMeta.astro), which ranks by them too and so brings the named page into those five.
 */
import { nameKey, withoutVendor } from './names';

/** Pagefind keeps a metadata field as one string: names are joined by a separator no name contains. */
const SEPARATOR = ' | ';

export const joinNames = (names: readonly string[]): string => names.join(SEPARATOR);

export const splitNames = (field: string | undefined): string[] => (field ? field.split(SEPARATOR) : []);

/** Lower-case, single spaces, no "Amazon"/"AWS" in front, no punctuation at the ends. */
export function normalizeName(text: string): string {
  return withoutVendor(nameKey(text)).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Words separated by single spaces, so matches can be tested at word starts. */
const words = (text: string) => ` ${text.replace(/[\s/-]+/g, ' ')}`;

/** Lower-case with single spaces, the vendor prefix kept: "AWS Auto Scaling" stays apart from "Auto Scaling". */
const asTyped = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * How well a topic's names match the query: 4 when a name is the query exactly as typed, vendor
 * prefix included ("AWS Auto Scaling" is not EC2's "Auto Scaling"; "Amazon Q" is a whole name),
 * 3 when a name is the query without the prefix, 2 when a name starts with it ("dynamo" for
 * DynamoDB), 1 when a word inside a name does ("beanstalk"), 0 otherwise.
 * Queries shorter than three letters only match whole names, so "S3" does not pick "S3 Glacier".
 */
export function nameMatch(query: string, names: readonly string[]): number {
  const typed = asTyped(query);
  if (typed.length >= 2 && names.some((name) => asTyped(name) === typed)) return 4;
  const q = normalizeName(query);
  if (q.length < 2) return 0;
  let best = 0;
  for (const raw of names) {
    const name = normalizeName(raw);
    if (name === q) return 3;
    if (q.length < 3) continue;
    if (name.startsWith(q)) best = Math.max(best, 2);
    else if (words(name).includes(words(q))) best = Math.max(best, 1);
  }
  return best;
}

/** A word found inside more names than this is a generic word ("database"), not a name. */
const MAX_WORD_MATCHES = 3;

/**
 * The results with those whose names match the query first, strongest match first; the rest, and
 * equally strong matches, keep the order given. `namesOf` reads a result's names.
 */
export function rankByName<R>(query: string, results: readonly R[], namesOf: (result: R) => readonly string[]): R[] {
  const scored = results.map((result) => ({ result, score: nameMatch(query, namesOf(result)) }));
  const wordOnly = scored.filter((s) => s.score === 1).length;
  const strength = (score: number) => (score === 1 && wordOnly > MAX_WORD_MATCHES ? 0 : score);
  // Array.prototype.sort is stable: equal strengths keep Pagefind's order.
  return scored.sort((a, b) => strength(b.score) - strength(a.score)).map((s) => s.result);
}
