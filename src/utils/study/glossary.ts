/**
 * The glossary: every abbreviation among the services' aliases (NACL, SCP, KMS …), each pointing at the
 * page that explains it, plus the terms of content/glossary.yaml that are not services (RPO, CIDR …).
 */
import { createIdMaker } from '../slug';
import { isAbbreviation } from './flashcards';

export interface GlossaryEntry {
  id: string;
  term: string;
  /** What a typed term means; an abbreviation's meaning is the name of the service it links to. */
  meaning: string;
  links: { label: string; href: string }[];
}

export function glossaryEntries(
  services: readonly { name: string; shortName: string; aliases: string[]; url: string }[],
  terms: readonly { term: string; meaning: string; link: string }[],
): GlossaryEntry[] {
  const byTerm = new Map<string, Omit<GlossaryEntry, 'id'>>();
  for (const { term, meaning, link } of terms) byTerm.set(term, { term, meaning, links: [{ label: `More on ${term}`, href: link }] });
  for (const service of services) {
    for (const abbreviation of new Set([service.shortName, ...service.aliases].filter(isAbbreviation))) {
      const entry = byTerm.get(abbreviation) ?? { term: abbreviation, meaning: '', links: [] };
      if (!entry.links.some((l) => l.href === service.url)) entry.links.push({ label: service.name, href: service.url });
      byTerm.set(abbreviation, entry);
    }
  }
  const makeId = createIdMaker();
  return [...byTerm.values()]
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
    .map((entry) => ({ ...entry, id: makeId(`term-${entry.term}`) }));
}
