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

const BLANK = '▁▁▁';

/**
 * What a card about a service must not show on its front: its names, and each distinctive word of its
 * name as written there (“Grafana”, “EC2”, “Auto”, “Scaling”; not the vendor), longest first.
 */
function giveaways(source: Pick<CardSource, 'name' | 'shortName'>): string[] {
  const names = [source.name, source.shortName, withoutVendor(source.name)];
  const words = withoutVendor(source.name)
    .split(/[\s()]+/)
    .filter((word) => /^[A-Z0-9]/.test(word) && !/^(AWS|Amazon|and|for|of|on)$/.test(word));
  return [...new Set([...names, ...words])].sort((a, b) => b.length - a.length);
}

/**
 * Hides the giveaways in a text, each with whatever it runs into (“AMIs”, “CDKToolkit”), as one blank per
 * run of hidden words; the text as it is when it names none. Undefined when a blank would sit before a
 * capitalised word: “▁▁▁ Global Database” names a feature, whose answer is the feature, not its parent.
 */
export function cloze(text: string, hidden: readonly string[]): string | undefined {
  const front = text
    .replace(new RegExp(`\\b(?:${hidden.map(escapeRegExp).join('|')})\\w*`, 'g'), BLANK)
    .replace(new RegExp(`${BLANK}(?:\\s+${BLANK})+`, 'g'), BLANK);
  return new RegExp(`${BLANK} [A-Z0-9]`).test(front) ? undefined : front;
}

/** A key fact's label as a question: its first word in lower case unless it is an acronym (“IOPS per volume”). */
const asQuestion = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

/** The capitals of a name's words: “Kinesis Data Firehose” → “KDF”, to explain an abbreviation. */
const initials = (name: string) => (name.match(/\b[A-Z]/g) ?? []).join('');

/** Abbreviations that stand for more than one service (“EB”): a card could not say which it means. */
export function ambiguousAbbreviations(sources: readonly Pick<CardSource, 'aliases'>[]): Set<string> {
  const seen = new Map<string, number>();
  for (const alias of sources.flatMap((source) => [...new Set(source.aliases.filter(isAbbreviation))])) seen.set(alias, (seen.get(alias) ?? 0) + 1);
  return new Set([...seen].filter(([, count]) => count > 1).map(([alias]) => alias));
}

export function cardsFor(source: CardSource, ambiguous: ReadonlySet<string> = new Set()): Card[] {
  const id = createIdMaker();
  const cards: Card[] = [];
  const add = (kind: string, key: string, card: Omit<Card, 'id' | 'tags'>) =>
    cards.push({ id: `${source.slug}:${kind}:${id(key)}`, tags: source.tags, ...card });
  const hidden = giveaways(source);

  // A summary that names its service is asked with the name hidden, or not at all.
  const summary = cloze(source.summary, hidden);
  if (summary !== undefined) add('summary', 'summary', { front: `Which service? ${summary}`, back: source.name, link: source.url });
  for (const fact of source.keyFacts) {
    add('fact', fact.label, {
      front: `${source.shortName}: ${asQuestion(fact.label)}?`,
      back: fact.value,
      link: `${source.url}#${source.sections.keyFacts}`,
    });
  }
  for (const tip of source.examTips) {
    // Only a tip that names its service makes a card: the name is what it asks for.
    const front = cloze(tip, hidden);
    if (front !== undefined && front !== tip)
      add('tip', tip.split(/\s+/).slice(0, 8).join(' '), { front, back: source.shortName, link: `${source.url}#${source.sections.examTips}` });
  }
  for (const alias of source.aliases) {
    if (isAbbreviation(alias) && alias !== source.shortName && !ambiguous.has(alias)) {
      // “KDF” is the initials of a former name: say which, or the letters make no sense.
      const spelled = source.aliases.find((other) => other !== alias && !isAbbreviation(other) && initials(other) === alias);
      const back = spelled && initials(source.name) !== alias ? `${source.name} (${alias}: ${spelled})` : source.name;
      add('abbr', alias, { front: `What does ${alias} stand for?`, back, link: source.url });
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
