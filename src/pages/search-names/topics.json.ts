/** The topics the search dialog can name, without their names (those come in shards: [shard].json.ts). */
import type { APIRoute } from 'astro';
import { loadGuide } from '../../utils/content';
import { namedTopics } from '../../utils/named-topics';
import type { TopicSummary } from '../../utils/search-names';

export const GET: APIRoute = async () => {
  const topics = namedTopics(await loadGuide()).map(({ url, title, category, exams }): TopicSummary => ({ url, title, category, exams }));
  return Response.json(topics);
};
