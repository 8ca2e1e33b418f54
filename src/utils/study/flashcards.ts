/**
 * Flashcards made from what the guide already states, so they never drift from the pages: each key fact,
 * each exam tip that names its service (as a cloze: the name is hidden), each abbreviation among a
 * service's aliases, and each one-line summary (“Which service …?”). Every card links the section it
 * comes from.
 */
import { createIdMaker } from '../slug';
import { withBase } from '../base';
import { withoutVendor } from '../names';

export interface Card {
  id: string;
  front: string;
  back: string;
  /** The page section that explains the answer. */
  link: string;
  tags: string[];
}

export interface CardSource {
  slug: string;
  url: string;
  name: string;
  shortName: string;
  aliases: string[];
  summary: string;
  examTips: string[];
  keyFacts: { label: string; value: string }[];
  /** Tags for filtering and for Anki: the category id and the exam codes. */
  tags: string[];
  /** Ids of the page's key-facts and exam-tips sections. */
  sections: { keyFacts: string; examTips: string };
}

/** An abbreviation people type: two to six characters with at least two capitals or digits (NACL, S3, FaaS). */
export const isAbbreviation = (alias: string) => /^[A-Z][A-Za-z0-9]{1,5}$/.test(alias) && (alias.match(/[A-Z0-9]/g) ?? []).length >= 2;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Hides the service's names in a tip; undefined when the tip does not name the service. */
function cloze(tip: string, names: string[]): string | undefined {
  const pattern = new RegExp(`\\b(${names.map(escapeRegExp).join('|')})\\b`, 'gi');
  return pattern.test(tip) ? tip.replace(pattern, '▁▁▁') : undefined;
}

export function cardsFor(source: CardSource): Card[] {
  const id = createIdMaker();
  const cards: Card[] = [];
  const add = (kind: string, key: string, card: Omit<Card, 'id' | 'tags'>) =>
    cards.push({ id: `${source.slug}:${kind}:${id(key)}`, tags: source.tags, ...card });

  add('summary', 'summary', { front: `Which service? ${source.summary}`, back: source.name, link: source.url });
  for (const fact of source.keyFacts) {
    add('fact', fact.label, {
      front: `${source.shortName}: ${fact.label.toLowerCase()}?`,
      back: fact.value,
      link: `${source.url}#${source.sections.keyFacts}`,
    });
  }
  const names = [...new Set([source.name, source.shortName, withoutVendor(source.name)])].sort((a, b) => b.length - a.length);
  for (const tip of source.examTips) {
    const front = cloze(tip, names);
    if (front) add('tip', tip.split(/\s+/).slice(0, 8).join(' '), { front, back: source.shortName, link: `${source.url}#${source.sections.examTips}` });
  }
  for (const alias of source.aliases) {
    if (isAbbreviation(alias) && alias !== source.shortName) {
      add('abbr', alias, { front: `What does ${alias} stand for?`, back: source.name, link: source.url });
    }
  }
  return cards;
}

const tsvField = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Cards as tab-separated text that Anki imports as it is: its header lines set the separator, HTML and the
 * tags column; the back ends with a link to the guide's section.
 */
export function toTsv(cards: readonly Card[], site: URL): string {
  const lines = cards.map((card) => {
    const href = new URL(withBase(card.link), site).href;
    const back = `${html(card.back)}<br><a href="${html(href)}">${html(href)}</a>`;
    return [tsvField(html(card.front)), tsvField(back), card.tags.map((t) => t.replace(/\s+/g, '_')).join(' ')].join('\t');
  });
  return ['#separator:tab', '#html:true', '#tags column:3', ...lines].join('\n') + '\n';
}
