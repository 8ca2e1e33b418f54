/**
 * Every id a reader's progress may refer to (topic URLs, flashcards, questions), fetched only when a reader
 * imports a progress file, so entries for things the guide no longer has can be left out with a note.
 */
import type { APIRoute } from 'astro';
import { loadGuide, urlOf } from '../../utils/content';
import { allCards, allQuestions } from '../../utils/study/decks';

export const GET: APIRoute = async () => {
  const guide = await loadGuide();
  const ids = {
    topics: [...guide.services, ...guide.comparisons, ...guide.concepts].map(urlOf),
    cards: allCards(guide).map((c) => c.id),
    questions: allQuestions(guide).map((q) => q.id),
  };
  return new Response(JSON.stringify(ids), { headers: { 'Content-Type': 'application/json' } });
};
