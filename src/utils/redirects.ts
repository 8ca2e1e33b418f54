/**
 * Old addresses of renamed topics: `formerSlugs` in a page's frontmatter becomes a redirect from
 * the old page to the new one. Built from the files themselves, because Astro needs its redirects
 * before it loads any content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { routePath, TOPIC_COLLECTIONS, type RoutedCollection } from './routes';

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

/** The YAML between the opening `---` lines; the schema checks it properly once content loads. */
function frontmatter(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const data: unknown = match ? parse(match[1]!) : {};
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** The topics under `content/`, with the former slugs their frontmatter lists. */
export function readTopicAddresses(contentDir: string): TopicAddress[] {
  return TOPIC_COLLECTIONS.flatMap((collection) => {
    const folder = path.join(contentDir, collection);
    const files = readdirSync(folder, { withFileTypes: true }).filter((f) => f.isFile() && /\.mdx?$/.test(f.name));
    return files.map((f) => {
      const file = path.join(folder, f.name);
      const source = readFileSync(file, 'utf8');
      // Few pages have moved: YAML is parsed only where the key appears (parsing all took 0.2 s at 1,000 pages).
      const former = source.includes('formerSlugs') ? frontmatter(source)['formerSlugs'] : undefined;
      const formerSlugs = Array.isArray(former) ? former.filter((s): s is string => typeof s === 'string') : [];
      return { collection, id: f.name.replace(/\.mdx?$/, ''), file: path.relative(process.cwd(), file), formerSlugs };
    });
  });
}
