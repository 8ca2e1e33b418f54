/**
 * Keys for Astro's incremental builds (`experimental.incrementalBuild`): a page whose `cacheKey`
 * (returned by its route's `getStaticPaths`) and whose code are unchanged since the last build is
 * copied from the build cache instead of rendered again. A key must change whenever anything the
 * page shows changes, or readers would get a stale page:
 * - a topic page shows its own file (its `digest`) and the frontmatter of many others (names and
 *   summaries of related pages, categories, exams), so its key is its digest and `guideDigest`;
 * - a page built from frontmatter alone (a category, an exam, a deck) needs `guideDigest` only, or
 *   simply a hash of its own props when they are all it shows.
 * Astro itself re-renders everything when the code, the config or the lockfile change.
 */
import { createHash } from 'node:crypto';

/** A short hash of anything JSON can print. */
export const cacheKey = (...parts: unknown[]): string => createHash('sha1').update(JSON.stringify(parts)).digest('base64url');

/**
 * One hash of every entry's frontmatter in every collection (not the bodies, which only their own
 * page shows), and of the day: a build on a new day renders everything again, so nothing that
 * depends on the date can go stale.
 */
export const guideDigest = (collections: readonly (readonly { id: string; data: unknown }[])[], today = new Date()): string =>
  cacheKey(
    today.toISOString().slice(0, 10),
    // By id: the order entries load in may differ from build to build.
    collections.map((entries) => entries.map((entry): [string, unknown] => [entry.id, entry.data]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  );
