/** The flashcards of one exam's in-scope services, as tab-separated text for Anki: /flashcards/saa-c03.tsv. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { loadGuide } from '../../utils/content';
import { flashcardDecks } from '../../utils/study/decks';
import { toTsv } from '../../utils/study/flashcards';
import { siteUrl } from '../../utils/site';

export async function getStaticPaths() {
  const guide = await loadGuide();
  const decks = flashcardDecks(guide);
  return guide.exams.map((exam) => ({ params: { exam: exam.id }, props: { cards: decks.find((d) => d.id === `exam-${exam.id}`)?.items ?? [] } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(toTsv(props.cards, siteUrl(site)), { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
