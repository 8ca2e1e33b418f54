/**
 * What a topic page shows besides its body, shaped from the guide: its place (category, crumbs), the
 * lists of linked topics after the body, its practice decks, and its table of contents. Routes render
 * the body and hand these to components.
 */
import type { MarkdownHeading } from 'astro';
import {
  childrenOf,
  comparisonCategory,
  comparisonsWith,
  conceptsAbout,
  examsCovering,
  hrefOf,
  relatedServices,
  type Comparison,
  type Concept,
  type Guide,
  type Service,
} from './content';
import { withBase } from './base';
import { pageSections } from './sections';
import type { Crumb } from './site';
import { deckSizes } from './study/decks';

/** A page's "Test yourself": how many questions, and which decks exist for it. */
export interface TestDecks {
  questions: number;
  practiceDeck: string | undefined;
  flashcardDeck: string | undefined;
}

function testDecks(guide: Guide, deck: string): TestDecks {
  const { practice, flashcards } = deckSizes(guide);
  return { questions: practice.get(deck) ?? 0, practiceDeck: practice.has(deck) ? deck : undefined, flashcardDeck: flashcards.has(deck) ? deck : undefined };
}

const hasDeck = (decks: TestDecks) => decks.practiceDeck !== undefined || decks.flashcardDeck !== undefined;

/**
 * The short name shows as a badge (and in the tab title) only when the full name does not contain
 * it: "Amazon Elastic Compute Cloud (EC2)", but not "AWS Lambda (Lambda)".
 */
export const shortNameBadge = (name: string, shortName: string) => (name.includes(shortName) ? undefined : shortName);

export function servicePage(guide: Guide, service: Service, headings: readonly MarkdownHeading[]) {
  const { data } = service;
  const category = guide.category(data.category.id);
  const parent = data.parent && guide.service(data.parent.id);
  const features = childrenOf(guide, service);
  const elsewhere = (s: Service) => s.id !== parent?.id && !features.includes(s);
  const { listed, listing } = relatedServices(guide, service);
  // Feature pages, the parent and related services, comparisons and concepts: each a section when not empty.
  const groups = {
    features,
    related: [...(parent ? [parent] : []), ...listed.filter(elsewhere)],
    comparisons: comparisonsWith(guide, service.id),
    concepts: conceptsAbout(guide, service.id),
  };
  /** Shown by name only, under a group's cards: the services whose pages list this one but it does not list. */
  const named: Partial<Record<keyof typeof groups, Service[]>> & { related: Service[] } = { related: listing.filter(elsewhere) };
  const decks = testDecks(guide, `service-${service.id}`);
  const sections = pageSections(
    headings,
    {
      examTips: data.examTips.length > 0,
      keyFacts: data.keyFacts.length > 0,
      features: groups.features.length > 0,
      related: groups.related.length + named.related.length > 0,
      comparisons: groups.comparisons.length > 0,
      concepts: groups.concepts.length > 0,
      testYourself: hasDeck(decks),
      sources: true,
    },
    data.shortName,
  );
  const badge = shortNameBadge(data.name, data.shortName);
  const crumbs: Crumb[] = [{ label: category.data.name, href: hrefOf(category) }, ...(parent ? [{ label: parent.data.shortName, href: hrefOf(parent) }] : [])];
  return {
    ...sections,
    category,
    crumbs,
    badge,
    documentTitle: badge ? `${data.name} (${badge})` : data.name,
    alternatives:
      data.status.state === 'active' ? [] : data.status.alternatives.map((ref) => guide.service(ref.id)).map((s) => ({ name: s.data.name, href: hrefOf(s) })),
    exams: examsCovering(guide, service),
    groups,
    named,
    decks,
  };
}

export function comparisonPage(guide: Guide, comparison: Comparison, headings: readonly MarkdownHeading[]) {
  const decks = testDecks(guide, `compare-${comparison.id}`);
  return {
    ...pageSections(headings, { subjects: true, testYourself: hasDeck(decks), sources: true }),
    category: comparisonCategory(guide, comparison),
    crumbs: [{ label: 'Comparisons', href: withBase('/compare/') }],
    subjects: comparison.data.subjects.map((ref) => guide.service(ref.id)),
    decks,
  };
}

export function conceptPage(guide: Guide, concept: Concept, headings: readonly MarkdownHeading[]) {
  const related = concept.data.related.map((ref) => guide.service(ref.id));
  const decks = testDecks(guide, `concept-${concept.id}`);
  return {
    ...pageSections(headings, { related: related.length > 0, testYourself: hasDeck(decks), sources: true }),
    crumbs: [{ label: 'Concepts', href: withBase('/topics/#concepts') }],
    related,
    decks,
  };
}
