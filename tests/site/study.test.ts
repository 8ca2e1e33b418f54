/** The study pages' data in the built site: every proof link lands, every page has its questions, exports parse. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, DIST, resolveLink } from './built-site';
import { contentYaml } from './content-files';

const site = builtSite();
const sets = contentYaml<{ topic: string; questions: { id: string; proof: string }[] }>('questions');

describe('practice questions', () => {
  it('every proof points at a section or row that exists', () => {
    const broken = sets.flatMap(({ file, questions }) =>
      questions.flatMap((q) => {
        const target = resolveLink(q.proof, '/')!;
        return site.get(target.url)?.ids.includes(target.fragment) ? [] : [`${file}: ${q.id} → ${q.proof}`];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('every service page has at least three questions and every comparison two (this lists the pages short of them)', () => {
    const filed = new Map(sets.map((s) => [s.topic, s.questions.length]));
    const short = [...site.keys()]
      .filter((url) => /^\/(services|compare)\/[^/]+\/$/.test(url))
      .map((url) => ({ url, count: filed.get(url) ?? 0, needed: url.startsWith('/services/') ? 3 : 2 }))
      .filter(({ count, needed }) => count < needed)
      .map(({ url, count, needed }) => `${url}: ${count} of ${needed}`);
    expect(short).toEqual([]);
  });

  it('each deck the practice page offers is built', () => {
    const page = site.get('/practice/')!;
    const decks = [...page.html.matchAll(/<option value="([a-z][a-z0-9-]+)">/g)].map((m) => m[1]!);
    expect(decks.length).toBeGreaterThan(100);
    const missing = decks.filter((deck) => !readdirSync(path.join(DIST, 'practice/decks')).includes(`${deck}.json`));
    expect(missing).toEqual([]);
  });
});

describe('flashcards page', () => {
  const page = site.get('/flashcards/')!;

  it('offers decks that are built, and carries no card itself: a deck is fetched when it is chosen', () => {
    const decks = [...page.html.matchAll(/<option value="([a-z][a-z0-9-]+)">/g)].map((m) => m[1]!);
    expect(decks.length).toBeGreaterThan(100);
    const built = readdirSync(path.join(DIST, 'flashcards/decks'));
    expect(decks.filter((deck) => !built.includes(`${deck}.json`))).toEqual([]);
    expect(page.html).toContain('<option value="">Choose a deck</option>');
    const { items } = JSON.parse(readFileSync(path.join(DIST, 'flashcards/decks/service-lambda.json'), 'utf8')) as { items: { front: string }[] };
    for (const { front } of items.slice(0, 5)) expect(page.html).not.toContain(front);
  });

  it('links the Anki downloads, which work without JavaScript', () => {
    expect(page.links).toEqual(expect.arrayContaining(['/flashcards.tsv', '/flashcards/clf-c02.tsv', '/flashcards/saa-c03.tsv']));
  });
});

describe('flashcard decks', () => {
  const cards = readFileSync(path.join(DIST, 'flashcards.tsv'), 'utf8')
    .trimEnd()
    .split('\n')
    .slice(3)
    .map((line) => {
      const [front = '', back = ''] = line.split('\t');
      return { front, answer: back.split('<br>')[0]!.replace(/ \(.*$/, '') };
    });

  it('never show their answer on the front: a summary or tip card hides the name it asks for (names are capitalised; “batch jobs” is no leak)', () => {
    const vendorless = (name: string) => name.replace(/^(Amazon|AWS) /, '');
    const leaks = cards
      .filter(({ front }) => front.startsWith('Which service?') || front.includes('▁▁▁'))
      .filter(({ front, answer }) => new RegExp(`\\b${vendorless(answer).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(front))
      .map(({ front, answer }) => `${answer}: ${front}`);
    expect(leaks).toEqual([]);
  });

  it('never hide only the parent of a feature (“▁▁▁ Global Database”)', () => {
    expect(cards.filter(({ front }) => /▁▁▁ [A-Z0-9]/.test(front)).map(({ front }) => front)).toEqual([]);
  });
});

describe('flashcard exports', () => {
  it.each(['flashcards.tsv', 'flashcards/clf-c02.tsv', 'flashcards/saa-c03.tsv'])(
    '%s is tab-separated with Anki headers, a front, a back with a link, and tags',
    (file) => {
      const [separator, html, tags, ...lines] = readFileSync(path.join(DIST, file), 'utf8').trimEnd().split('\n');
      expect([separator, html, tags]).toEqual(['#separator:tab', '#html:true', '#tags column:3']);
      expect(lines.length).toBeGreaterThan(100);
      for (const line of lines) {
        const fields = line.split('\t');
        expect(fields, line).toHaveLength(3);
        expect(fields[1], line).toMatch(/<a href="https?:\/\/[^"]+\/(services|compare|concepts)\/[^"]+">/);
      }
    },
  );
});

describe('glossary', () => {
  it('lists abbreviations and terms, each linking to the guide', () => {
    const page = site.get('/glossary/')!;
    for (const id of ['term-nacl', 'term-rpo', 'term-vpc', 'term-kms', 'term-cfn']) expect(page.ids, id).toContain(id);
    expect(page.links.filter((href) => /^\/(services|compare|concepts)\//.test(href)).length).toBeGreaterThan(50);
  });

  it('takes abbreviations from names only: a search term such as SQS’s “DLQ” is not a name of SQS', () => {
    expect(site.get('/glossary/')!.ids).not.toContain('term-dlq');
  });
});
