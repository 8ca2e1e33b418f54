/**
 * The decks readers study from: practice questions and flashcards grouped by exam, by category and by page.
 * Built once per build from the content, written as one small JSON file per deck so a study page fetches only
 * the deck the reader picks.
 */
import { examsCovering, servicesIn, urlOf, type Guide, type Service } from '../content';
import { domainOfTask } from '../exams';
import { ambiguousAbbreviations, cardsFor, type Card } from './flashcards';
import { addedSectionIds } from '../page-ids';
import { sectionLabeller } from '../section-labels';
import type { PracticeQuestion } from './practice';

/** Cards link to these sections of their service's page. */
const SECTION_IDS = addedSectionIds();

export interface Deck<T> {
  /** File name and URL key: "exam-saa-c03", "category-database", "service-sqs", "compare-ecs-vs-eks". */
  id: string;
  title: string;
  kind: 'exam' | 'category' | 'service' | 'comparison' | 'concept';
  items: T[];
}

/** Every question as the study pages use it: per exam, its domain by name and its task statement by number. */
export function allQuestions(guide: Guide): (PracticeQuestion & { topic: string })[] {
  const domains = new Map(guide.exams.map((e) => [e.data.code, e.data.domains]));
  const domainOf = (code: string, task: string) => domainOfTask(domains.get(code) ?? [], task)?.name ?? '';
  return guide.questions.flatMap((set) =>
    set.data.questions.map((q) => {
      const base = {
        id: q.id,
        exams: Object.fromEntries(Object.entries(q.exams).map(([code, task]) => [code, domainOf(code, task)])),
        tasks: q.exams,
        services: q.services.map((s) => s.id),
        question: q.question,
        explanation: q.explanation,
        proof: q.proof,
        topic: set.data.topic,
      };
      switch (q.type) {
        case 'choice':
          return { ...base, type: q.type, options: q.options, answer: q.answer };
        case 'ordering':
          return { ...base, type: q.type, items: q.items };
        case 'matching': {
          // Each response once, the right ones first in the prompts' order, then the extras.
          const responses = [...new Set([...q.pairs.map((p) => p.response), ...q.extraResponses])];
          return { ...base, type: q.type, prompts: q.pairs.map((p) => p.prompt), responses, key: q.pairs.map((p) => responses.indexOf(p.response)) };
        }
      }
    }),
  );
}

export function allCards(guide: Guide): (Card & { service: string })[] {
  const ambiguous = ambiguousAbbreviations(guide.services.map((service) => service.data));
  return guide.services.flatMap((service) =>
    cardsFor(
      {
        slug: service.id,
        url: urlOf(service),
        name: service.data.name,
        shortName: service.data.shortName,
        aliases: service.data.aliases,
        summary: service.data.summary,
        examTips: service.data.examTips,
        keyFacts: service.data.keyFacts,
        tags: [service.data.category.id, ...examsCovering(guide, service).map((e) => e.data.code)],
        sections: { keyFacts: SECTION_IDS.keyFacts, examTips: SECTION_IDS.examTips },
      },
      ambiguous,
    ).map((card) => ({ ...card, service: service.id })),
  );
}

/**
 * Every deck that has something in it. A service's deck holds the questions that test it, wherever they are
 * filed; a comparison's or a concept's deck holds the questions filed under it.
 */
export function practiceDecks(guide: Guide): Deck<PracticeQuestion & { topic: string }>[] {
  const questions = allQuestions(guide);
  const tests = (q: { services: string[] }, ids: Set<string>) => q.services.some((s) => ids.has(s));
  return [
    ...guide.exams.map((exam) => ({
      id: `exam-${exam.id}`,
      title: `${exam.data.name} (${exam.data.code})`,
      kind: 'exam' as const,
      items: questions.filter((q) => exam.data.code in q.exams),
    })),
    ...guide.categories.map((category) => ({
      id: `category-${category.id}`,
      title: category.data.name,
      kind: 'category' as const,
      items: questions.filter((q) => tests(q, new Set(servicesIn(guide, category.id).map((s) => s.id)))),
    })),
    ...guide.services.map((service) => ({
      id: `service-${service.id}`,
      title: service.data.name,
      kind: 'service' as const,
      items: questions.filter((q) => q.services.includes(service.id)),
    })),
    ...guide.comparisons.map((comparison) => ({
      id: `compare-${comparison.id}`,
      title: comparison.data.title,
      kind: 'comparison' as const,
      items: questions.filter((q) => q.topic === urlOf(comparison)),
    })),
    ...guide.concepts.map((concept) => ({
      id: `concept-${concept.id}`,
      title: concept.data.title,
      kind: 'concept' as const,
      items: questions.filter((q) => q.topic === urlOf(concept)),
    })),
  ].filter((deck) => deck.items.length > 0);
}

export function flashcardDecks(guide: Guide): Deck<Card>[] {
  const cards = allCards(guide);
  const inScope = (exam: Guide['exams'][number]) => (s: Service) => examsCovering(guide, s).includes(exam);
  return [
    ...guide.exams.map((exam) => {
      const ids = new Set(guide.services.filter(inScope(exam)).map((s) => s.id));
      return { id: `exam-${exam.id}`, title: `${exam.data.name} (${exam.data.code})`, kind: 'exam' as const, items: cards.filter((c) => ids.has(c.service)) };
    }),
    ...guide.categories.map((category) => {
      const ids = new Set(servicesIn(guide, category.id).map((s) => s.id));
      return { id: `category-${category.id}`, title: category.data.name, kind: 'category' as const, items: cards.filter((c) => ids.has(c.service)) };
    }),
    ...guide.services.map((service) => ({
      id: `service-${service.id}`,
      title: service.data.name,
      kind: 'service' as const,
      items: cards.filter((c) => c.service === service.id),
    })),
  ]
    .filter((deck) => deck.items.length > 0)
    .map((deck) => ({ ...deck, items: deck.items.map(({ service: _, ...card }) => card) }));
}

const sizes = new WeakMap<Guide, { practice: Map<string, number>; flashcards: Map<string, number> }>();

/** How many questions and cards each deck holds, worked out once per build for the pages that link to decks. */
export function deckSizes(guide: Guide) {
  let found = sizes.get(guide);
  if (!found) {
    found = {
      practice: new Map(practiceDecks(guide).map((d) => [d.id, d.items.length])),
      flashcards: new Map(flashcardDecks(guide).map((d) => [d.id, d.items.length])),
    };
    sizes.set(guide, found);
  }
  return found;
}

/** A deck as the JSON file a study page fetches: its title and items. */
export const deckResponse = (deck: Deck<unknown>) =>
  new Response(JSON.stringify({ title: deck.title, items: deck.items }), { headers: { 'Content-Type': 'application/json' } });

/** A practice deck's JSON file: each question also names its proof section, for the lists that show it away from the question. */
export async function practiceDeckResponse(guide: Guide, deck: Deck<PracticeQuestion>) {
  const label = await sectionLabeller(guide);
  return deckResponse({ ...deck, items: deck.items.map((q) => ({ ...q, proofLabel: label(q.proof) })) });
}
