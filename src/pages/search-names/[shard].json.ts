/**
 * One shard of the topics' names: `[topic index, name]` for every name with a word that starts with
 * the shard's character (utils/search-names.ts says why). A first search fetches one.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { loadGuide } from '../../utils/content';
import { namedTopics } from '../../utils/named-topics';
import { shardNames } from '../../utils/search-names';

export async function getStaticPaths() {
  const shards = shardNames(namedTopics(await loadGuide()));
  return [...shards].map(([shard, names]) => ({ params: { shard }, props: { names } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => Response.json(props.names);
