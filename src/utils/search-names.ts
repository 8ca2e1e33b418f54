/**
 * Exact-name matching for search. Pagefind ranks by how words occur in page text, so a
 * comparison that names EC2 in its title can outrank the EC2 page itself. Learners who type a
 * service's name or abbreviation want that service: pages whose names match the query are put
 * first, strongest match first, and Pagefind's order decides the rest.
 */
import { nameKey, withoutVendor } from './names';
/** What a search result shows of a topic found by name alone. */
export interface TopicSummary {
  url: string;
  title: string;
  category: string;
  /** Codes of the exams that have the topic in scope ("SAA-C03"); empty for comparisons and concepts. */
  exams: string[];
}

export interface NamedTopic extends TopicSummary {
  /** Every name the topic goes by and every search term, lower-case: title, short name, name without vendor, aliases, searchTerms. */
  names: string[];
}

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

/*
 * The names list is fetched in shards, so a first search loads only a part of it (a few KiB instead
 * of 24). A query matches a name only where the name has a word starting with the query's first
 * character (`nameMatch`), so each name is filed under the first character of each of its words, and
 * a query needs the one shard of its own first character. `[index, name]` pairs refer to the topics
 * list, which is fetched whole.
 */
const shardKey = (character: string | undefined) => (character !== undefined && /^[a-z0-9]$/.test(character) ? character : '_');

/** The shard a query's matches are in. */
export const queryShard = (query: string): string => shardKey(normalizeName(query)[0]);

/** The shards a name is filed under: one per first character of its words. */
export const nameShards = (name: string): string[] => [
  ...new Set(
    words(normalizeName(name))
      .split(' ')
      .filter(Boolean)
      .map((word) => shardKey(word[0])),
  ),
];

/** Each shard's `[topic index, name]` pairs, for topics given in the order the client lists them. */
export function shardNames(topics: readonly NamedTopic[]): Map<string, [number, string][]> {
  const shards = new Map<string, [number, string][]>();
  topics.forEach((topic, index) => {
    for (const name of topic.names) {
      for (const key of nameShards(name)) {
        let shard = shards.get(key);
        if (!shard) shards.set(key, (shard = []));
        shard.push([index, name]);
      }
    }
  });
  return shards;
}

/** The topics with the names one shard holds: every name a query of that shard can match. */
export const withShard = (topics: readonly TopicSummary[], shard: readonly (readonly [number, string])[]): NamedTopic[] => {
  const names = topics.map((): string[] => []);
  for (const [index, name] of shard) names[index]?.push(name);
  return topics.map((topic, index) => ({ ...topic, names: names[index] ?? [] }));
};

/** A word found inside more names than this is a generic word ("database"), not a name. */
const MAX_WORD_MATCHES = 3;

/** The topics whose names match the query, strongest match first; ties keep `topics` order. */
export function topicsNamed<T extends NamedTopic>(query: string, topics: readonly T[]): T[] {
  const matches = topics.map((topic, index) => ({ topic, index, score: nameMatch(query, topic.names) })).filter((m) => m.score > 0);
  const wordOnly = matches.filter((m) => m.score === 1).length;
  return matches
    .filter((m) => m.score > 1 || wordOnly <= MAX_WORD_MATCHES)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((m) => m.topic);
}

/**
 * Puts the pages named by the query ahead of the others, keeping Pagefind's order within
 * each group. `urlOf` reads a result's URL; named topics missing from the results are added.
 */
export function rankByName<R>(
  query: string,
  results: readonly R[],
  topics: readonly NamedTopic[],
  urlOf: (result: R) => string,
): ({ result: R } | { topic: NamedTopic })[] {
  const position = new Map(results.map((r, i) => [urlOf(r).split('#')[0]!, i]));
  // Among equally strong matches, the one Pagefind ranked higher comes first.
  const ordered = [...topics].sort((a, b) => (position.get(a.url) ?? Infinity) - (position.get(b.url) ?? Infinity));
  const named = topicsNamed(query, ordered);
  const first = named.map((topic) => {
    const at = position.get(topic.url);
    return at === undefined ? { topic } : { result: results[at]! };
  });
  const taken = new Set(named.map((t) => t.url));
  return [...first, ...results.filter((r) => !taken.has(urlOf(r).split('#')[0]!)).map((result) => ({ result }))];
}
