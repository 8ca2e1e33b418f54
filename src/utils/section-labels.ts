/**
 * What to call a link to a section of a topic page when it stands alone, away from the page: "Amazon SQS:
 * Dead-letter queues and redrive". Used for the mock exam's "study next" list and the exam blueprint.
 */
import { render } from 'astro:content';
import { titleOf, urlOf, type Guide, type Topic } from './content';
import { addedSectionId, addedSectionTexts } from './page-ids';

/** "dead-letter-queues" → "Dead letter queues": for table rows, which have no heading to name them. */
const fromId = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-\d+$/, '').replaceAll('-', ' ');

async function labelsOf(topic: Topic): Promise<[string, string][]> {
  const url = urlOf(topic);
  const title = titleOf(topic);
  const { headings } = await render(topic);
  const shortName = topic.collection === 'services' ? topic.data.shortName : undefined;
  return [
    ...headings.map((h): [string, string] => [`${url}#${h.slug}`, `${title}: ${h.text}`]),
    ...Object.values(addedSectionTexts(shortName)).map((text): [string, string] => [`${url}#${addedSectionId(text)}`, `${title}: ${text}`]),
  ];
}

interface Labels {
  /** Every heading and added section of every topic, by path. */
  known: Map<string, string>;
  /** Every topic's title, by page: the fallback for a table row's id. */
  titles: Map<string, string>;
}

const cache = new WeakMap<Guide, Promise<Labels>>();

/** A function naming any `/services/x/#id` path of the guide; worked out once per build. */
export async function sectionLabeller(guide: Guide): Promise<(path: string) => string> {
  let labels = cache.get(guide);
  if (!labels) {
    const topics: Topic[] = [...guide.services, ...guide.comparisons, ...guide.concepts];
    labels = Promise.all(topics.map(labelsOf)).then((lists) => ({
      known: new Map(lists.flat()),
      titles: new Map(topics.map((t) => [urlOf(t), titleOf(t)])),
    }));
    cache.set(guide, labels);
  }
  const { known, titles } = await labels;
  return (path) => {
    const found = known.get(path);
    if (found) return found;
    const [page = path, id] = path.split('#');
    const title = titles.get(page) ?? page;
    return id ? `${title}: ${fromId(id)}` : title;
  };
}
