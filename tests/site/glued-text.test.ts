/**
 * Words run into a link or a table caption: "Print or save as PDF(every topic on one page)", "·flashcards",
 * "SAA-C03content domains". Astro drops the whitespace between a tag and a line break in a template, and
 * Prettier moves template text onto such lines, so a space that the source seemed to have can vanish from the page.
 */
import type { ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { fixtureSite, guideSite } from './built-site';

/** Elements that flow with the text around them; any other element starts a new line or box, so nothing glues across it. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
/** Elements whose text is never shown as part of the line. */
const UNSHOWN = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg']);

const WORD = /[\p{L}\p{N}]/u;
/**
 * Whether `left` directly followed by `right` reads as two words run together. A word touching a word does,
 * and so does a word after closing punctuation ("e.g.Lambda", "2)and") or an opening bracket after a word
 * ("PDF(every"); a middle dot touches anything but a space. An opening bracket before a link ("(see …") and
 * punctuation after one ("Lambda.", "Lambda,") are how prose is written.
 */
function glued(left: string, right: string): boolean {
  if (left === '·' || right === '·') return !/\s/u.test(left + right);
  return (WORD.test(left) || /[)\].,:;!?]/u.test(left)) && (WORD.test(right) || right === '(');
}

/**
 * Inside a caption, words that an Astro expression glued to the template's text: an exam code run into the next
 * word ("SAA-C03content": capitals or digits, a digit, then a lower-case word) or a colon with no space after it
 * ("services:Analytics").
 */
const GLUED_IN_TEXT = /[\p{Lu}\p{N}]\p{N}\p{Ll}{3,}|\p{L}:\p{L}/u;

interface Span {
  tag: string;
  start: number;
  end: number;
}

/** The page's text as it flows, a line break where a box starts or ends, and where each link and caption part starts and ends in it. */
function flow(root: Root) {
  let text = '';
  const spans: Span[] = [];
  const captions: string[] = [];
  const walk = (node: ElementContent, inCaption: boolean) => {
    if (node.type === 'text') text += node.value;
    if (node.type !== 'element' || UNSHOWN.has(node.tagName)) return;
    const inline = INLINE.has(node.tagName);
    const start = (text += inline ? '' : '\n').length;
    for (const child of node.children) walk(child, inCaption || node.tagName === 'caption');
    if (node.tagName === 'a' || (inCaption && inline)) spans.push({ tag: node.tagName, start, end: text.length });
    if (node.tagName === 'caption') captions.push(text.slice(start));
    if (!inline) text += '\n';
  };
  for (const child of root.children) if (child.type === 'element') walk(child, false);
  return { text, spans, captions };
}

/** Each place on the page where text runs into a link or a caption, shown with what surrounds it ("PDF⟩(every"). */
function gluedText(html: string): string[] {
  const { text, spans, captions } = flow(fromHtml(html));
  const around = (at: number, mark: string) => (text.slice(Math.max(0, at - 24), at) + mark + text.slice(at, at + 24)).replace(/\s+/gu, ' ').trim();
  const found: string[] = [];
  for (const { tag, start, end } of spans) {
    if (text.slice(start, end).trim() === '') continue;
    if (start > 0 && glued(text[start - 1]!, text[start]!)) found.push(`before <${tag}>: ${around(start, '⟨')}`);
    if (end < text.length && glued(text[end - 1]!, text[end]!)) found.push(`after </${tag}>: ${around(end, '⟩')}`);
  }
  for (const caption of captions) if (GLUED_IN_TEXT.test(caption)) found.push(`in <caption>: ${caption.replace(/\s+/gu, ' ').trim()}`);
  return found;
}

describe('text run into a link or a caption', () => {
  it('is found where it happens, and not in ordinary prose', () => {
    const page = (body: string) => gluedText(`<!doctype html><title>t</title><body>${body}</body>`);
    expect(page('<p><a href="/p">Print or save as PDF</a><span>(every topic on one page)</span></p>')).toEqual([
      'after </a>: Print or save as PDF⟩(every topic on one page',
    ]);
    expect(page('<p>Test yourself: <a href="/q">practice questions</a> ·<a href="/f">flashcards</a></p>')).toEqual([
      'before <a>: lf: practice questions ·⟨flashcards',
    ]);
    expect(page('<table><caption>SAA-C03content domains</caption></table>')).toEqual(['in <caption>: SAA-C03content domains']);
    expect(page('<table><caption>SAA-C03 in-scope services:Analytics</caption></table>')).toEqual(['in <caption>: SAA-C03 in-scope services:Analytics']);
    expect(page('<table><caption>Compared on <a href="/c">cost</a>and speed</caption></table>')).toEqual(['after </a>: Compared on cost⟩and speed']);
    expect(page('<li><a href="/b">AWS Beta</a><span class="ms-1">Retired</span></li>')).toEqual(['after </a>: AWS Beta⟩Retired']);
    expect(
      page(
        '<p>(see <a href="/l">Lambda</a>). Use <a href="/l">Lambda</a>, <a href="/s">SQS</a>’s queues or <a href="/e">EC2</a>.</p>' +
          '<h2>Title</h2><a href="#t">Link</a><p><a href="/a">A</a> · <a href="/b">B</a> (<a href="/c">C</a>): “<a href="/d">D</a>”…</p>' +
          '<table><caption>SAA-C03 in-scope services: Analytics, from <code>hsm2m.medium</code> to m7g</caption></table>',
      ),
    ).toEqual([]);
  });

  describe.each([guideSite(), fixtureSite()])('on every page of $name', (site) => {
    it('is nowhere (this lists each place)', () => {
      const found = [...site.pages.values()].flatMap((page) => gluedText(page.html).map((where) => `${page.url} ${where}`));
      expect([...new Set(found)]).toEqual([]);
    }, 180_000);
  });
});
