import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Parents, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { DIAGRAM_LANGUAGE, DiagramError, parseDiagramBlock, renderGraphviz, svgForPage } from '../utils/diagrams';
import { anchorLink } from './anchor-link';
import { pageIds } from './rehype-page-ids';

const isElement = (node: ElementContent | undefined): node is Element => node?.type === 'element';

/** The `<code>` of a ```diagram fence, which Markdown turns into `<pre><code class="language-diagram">`. */
function diagramCode(pre: Element): Element | undefined {
  if (pre.tagName !== 'pre') return undefined;
  const code = pre.children.find(isElement);
  const classes = code?.tagName === 'code' ? code.properties.className : undefined;
  return Array.isArray(classes) && classes.includes(`language-${DIAGRAM_LANGUAGE}`) ? code : undefined;
}

/** The page's file as a writer knows it: from the project's root (`content/services/vpc.md`). */
const fileName = (file: VFile) => (file.path ? path.relative(process.cwd(), file.path) || file.path : 'a page');

/**
 * How many lines of the page's file come before the text the processor was given. Astro hands a `.md`
 * page's body over without its frontmatter (so positions count from the body), and an `.mdx` page
 * whole; the body's place in the file turns either into the file's own line numbers.
 */
function linesBeforeBody(file: VFile): number {
  if (!file.path || typeof file.value !== 'string' || file.value === '') return 0;
  let text: string;
  try {
    text = readFileSync(file.path, 'utf8');
  } catch {
    return 0;
  }
  const at = text.indexOf(file.value);
  return at <= 0 ? 0 : text.slice(0, at).split('\n').length - 1;
}

/**
 * The ids a figure wires its parts with: `_`-prefixed like every id the page makes for itself (see
 * utils/page-ids.ts), so no heading or row can take them; the figure's own id makes them unique.
 */
export const diagramPartIds = (id: string) => ({ caption: `_${id}-caption`, description: `_${id}-description` });

/**
 * The figure of one diagram:
 * - the `<figcaption>` holds the caption and its "link to this diagram" control, as headings and rows have;
 * - the drawing sits in a focusable frame that scrolls inside itself when it is wider than the screen
 *   (a phone), named by the caption, and left out of the search index (its labels are in the text);
 * - the `<svg>` is an image named by the caption and described by the description, which is a visible
 *   paragraph under it, so every reader gets the words.
 */
function diagramFigure(id: string, caption: string, description: string, svg: Element): Element {
  const ids = diagramPartIds(id);
  svg.properties = { ...svg.properties, role: 'img', ariaLabelledBy: [ids.caption], ariaDescribedBy: [ids.description] };
  return h('figure', { id, className: ['diagram', 'not-prose'], ariaLabelledBy: [ids.caption] }, [
    h('figcaption', [h('span', { id: ids.caption }, caption), anchorLink('diagram', id, caption)]),
    h('section', { className: ['diagram-frame'], tabIndex: 0, ariaLabelledBy: [ids.caption], dataPagefindIgnore: '' }, [svg]),
    h('p', { id: ids.description, className: ['diagram-description'] }, description),
  ]);
}

/**
 * Turns each ```diagram fence into a figure with the drawing inline (see utils/diagrams.ts for the
 * syntax and the drawing). Its id comes from the page's one allocator, after the headings and table
 * rows, so adding a diagram never moves their ids. A block Graphviz cannot draw, or that lacks its
 * caption or description, stops the build with the file and the line of the Markdown it is on.
 */
export function rehypeDiagrams() {
  return async (tree: Root, file: VFile) => {
    const blocks: { pre: Element; code: Element; parent: Parents; index: number }[] = [];
    visit(tree, 'element', (node, index, parent) => {
      const code = diagramCode(node);
      if (!code || !parent || index === undefined) return;
      blocks.push({ pre: node, code, parent, index });
      return SKIP;
    });
    if (blocks.length === 0) return;
    const makeId = pageIds(file);
    for (const { pre, code, parent, index } of blocks) {
      // Line 1 of the block is the line after the opening fence.
      const fenceLine = pre.position?.start.line;
      try {
        const block = parseDiagramBlock(toString(code));
        const id = makeId(block.id ?? block.caption, 'diagram');
        const svg = svgForPage(await renderGraphviz(block), id, block);
        parent.children[index] = diagramFigure(id, block.caption, block.description, svg);
      } catch (error) {
        if (!(error instanceof DiagramError)) throw error;
        const where = fenceLine === undefined ? fileName(file) : `${fileName(file)}:${linesBeforeBody(file) + fenceLine + error.line}`;
        throw new Error(`${where}: ${error.message}.`);
      }
    }
  };
}
