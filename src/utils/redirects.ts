/**
 * Old addresses of renamed topics: `formerSlugs` in a page's frontmatter becomes a redirect from
 * the old page to the new one (src/pages/[...former].astro writes them).
 */
import { routePath, type RoutedCollection } from './routes';

export interface TopicAddress {
  collection: RoutedCollection;
  id: string;
  file: string;
  formerSlugs: string[];
}

/**
 * `{ '/services/old/': '/services/new/' }` for every former slug, or an error listing every
 * former slug that is some page's current one, or claimed by two pages.
 */
export function redirectsFor(topics: readonly TopicAddress[]): Record<string, string> {
  const current = new Map(topics.map((t) => [routePath(t.collection, t.id), t]));
  const redirects: Record<string, string> = {};
  const owner = new Map<string, TopicAddress>();
  const problems: string[] = [];
  for (const topic of topics) {
    for (const slug of topic.formerSlugs) {
      const from = routePath(topic.collection, slug);
      const taken = current.get(from);
      const claimed = owner.get(from);
      if (taken) problems.push(`${topic.file}: formerSlugs lists "${slug}", which is the current address of ${taken.file}; remove it from one of them.`);
      else if (claimed) problems.push(`${topic.file}: formerSlugs lists "${slug}", which ${claimed.file} lists too; an old address can lead to one page only.`);
      else {
        owner.set(from, topic);
        redirects[from] = routePath(topic.collection, topic.id);
      }
    }
  }
  if (problems.length > 0) throw new Error(`Former addresses that cannot redirect:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return redirects;
}
