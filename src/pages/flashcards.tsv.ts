/** Every flashcard as tab-separated text that Anki imports as it is (one file per exam under /flashcards/). */
import type { APIRoute } from 'astro';
import { loadGuide } from '../utils/content';
import { allCards } from '../utils/study/decks';
import { toTsv } from '../utils/study/flashcards';
import { siteUrl } from '../utils/site';

export const GET: APIRoute = async ({ site }) => {
  const guide = await loadGuide();
  return new Response(toTsv(allCards(guide), siteUrl(site)), { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
};
