/**
 * Every topic's names and search terms, in the order the search dialog lists them, for its
 * exact-name matching (utils/search-names.ts). Served in two parts: the topics, and their names in
 * shards (src/pages/search-names/).
 */
import { comparisonCategory, examsCovering, titleOf, hrefOf, type Guide } from './content';
import { distinctNames } from './names';
import type { NamedTopic } from './search-names';
import { serviceNames } from './search-terms';
import { CONCEPTS_FILTER } from './site';

export function namedTopics(guide: Guide): NamedTopic[] {
  return [
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
}
