import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { anchorLink, rowHeaderProperties } from './anchor-link';
import { pageIds } from './rehype-page-ids';

/** Writers put `Table: <caption>` on its own line right before a table. */
const CAPTION_PREFIX = /^Table:\s*/;

const isElement = (node: RootContent | ElementContent | undefined, tag?: string): node is Element =>
  node?.type === 'element' && (tag === undefined || node.tagName === tag);

const isBlank = (node: RootContent) => node.type === 'text' && node.value.trim() === '';

const isHeading = (node: RootContent | ElementContent): boolean => isElement(node) && /^h[1-6]$/.test(node.tagName);

/** The heading a node is, or holds beside its link (rehype-heading-links wraps the two together). */
function headingOf(node: RootContent): Element | undefined {
  if (!isElement(node)) return undefined;
  if (isHeading(node)) return node;
  return node.tagName === 'div' ? node.children.filter((c): c is Element => isElement(c)).find(isHeading) : undefined;
}

const children = (el: Element, tag: string) => el.children.filter((c): c is Element => isElement(c, tag));

/** A newline between cells, so text extracted from the page (search excerpts) does not run cells together. */
function spaceCells(row: Element) {
  row.children = row.children
    .filter((c): c is Element => isElement(c))
    .flatMap((cell, i) => (i === 0 ? [cell] : [{ type: 'text', value: '\n' } as const, cell]));
}

/**
 * Turns GFM tables into accessible, shareable tables:
 * - the `Table: ...` paragraph before a table becomes its `<caption>` (else the nearest heading above does);
 * - header cells get `scope="col"`, the first cell of each body row becomes a `<th scope="row">`;
 * - each body row gets a stable id derived from its first cell, and a link to itself like headings have;
 * - the table is wrapped in a focusable, labelled section that scrolls sideways on narrow screens
 *   instead of widening the page.
 * Row ids come from the page's one allocator after the heading ids, so they never collide with
 * headings nor with the sections pages add after the body (a row "Sources" becomes `#sources-1`).
 */
export function rehypeTables() {
  return (tree: Root, file: VFile) => {
    const makeId = pageIds(file);

    visit(tree, 'element', (table, index, parent) => {
      if (table.tagName !== 'table' || !parent || index === undefined) return;

      const siblings = parent.children as RootContent[];
      let captionText = '';
      let prev = index - 1;
      while (prev >= 0 && isBlank(siblings[prev]!)) prev--;
      const before = siblings[prev];
      if (isElement(before, 'p') && CAPTION_PREFIX.test(toString(before))) {
        captionText = toString(before).replace(CAPTION_PREFIX, '').trim();
        siblings.splice(prev, index - prev);
        index = prev;
      } else {
        const heading = siblings.slice(0, index).reverse().map(headingOf).find(Boolean);
        captionText = heading ? toString(heading).trim() : '';
      }

      for (const head of children(table, 'thead')) {
        for (const row of children(head, 'tr')) {
          for (const cell of children(row, 'th')) cell.properties.scope = 'col';
          spaceCells(row);
        }
      }
      for (const body of children(table, 'tbody')) {
        for (const row of children(body, 'tr')) {
          const first = row.children.find((c): c is Element => isElement(c));
          if (!first) continue;
          const label = toString(first).trim();
          const id = makeId(label);
          row.properties.id = id;
          first.tagName = 'th';
          Object.assign(first.properties, rowHeaderProperties(label));
          first.children.push(anchorLink('row', id, label));
          spaceCells(row);
        }
      }
      if (captionText) {
        table.children.unshift({ type: 'element', tagName: 'caption', properties: {}, children: [{ type: 'text', value: captionText }] });
      }

      const wrapper: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: captionText || 'Table' },
        children: [table],
      };
      siblings[index] = wrapper;
      return index + 1;
    });
  };
}
