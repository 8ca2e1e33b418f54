/** One practice deck as JSON, fetched by /practice/ when a reader picks it (see utils/study/decks.ts). */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { loadGuide } from '../../../utils/content';
import { practiceDeckResponse, practiceDecks } from '../../../utils/study/decks';

export async function getStaticPaths() {
  const guide = await loadGuide();
  return practiceDecks(guide).map((deck) => ({ params: { deck: deck.id }, props: { deck } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => practiceDeckResponse(await loadGuide(), props.deck);
