/**
 * Every topic's names and search terms, for the search dialog's exact-name matching (see utils/search-names.ts).
 * A few kilobytes, fetched with the search index the first time a reader searches.
 */
import type { APIRoute } from 'astro';
import { comparisonCategory, examsCovering, loadGuide, titleOf, hrefOf } from '../utils/content';
import type { NamedTopic } from '../utils/search-names';
import { distinctNames } from '../utils/names';
import { serviceNames } from '../utils/search-terms';
import { CONCEPTS_FILTER } from '../utils/site';

export const GET: APIRoute = async () => {
  const guide = await loadGuide();
  const topics: NamedTopic[] = [
    ...guide.services.map((s) => ({
      url: hrefOf(s),
      title: titleOf(s),
      category: guide.category(s.data.category.id).data.name,
      exams: examsCovering(guide, s).map((e) => e.data.code),
      names: [s.data.name, ...serviceNames(s.data), ...s.data.searchTerms],
    })),
    ...guide.comparisons.map((c) => ({
      url: hrefOf(c),
      title: titleOf(c),
      category: comparisonCategory(guide, c).data.name,
      exams: [],
      names: [c.data.title, ...c.data.aliases, ...c.data.searchTerms],
    })),
    ...guide.concepts.map((c) => ({
      url: hrefOf(c),
      title: titleOf(c),
      category: CONCEPTS_FILTER,
      exams: [],
      names: [c.data.title, ...c.data.aliases, ...c.data.searchTerms],
    })),
  ].map((topic) => ({ ...topic, names: distinctNames(topic.names).map((n) => n.toLowerCase()) }));
  return new Response(JSON.stringify(topics), { headers: { 'Content-Type': 'application/json' } });
};
