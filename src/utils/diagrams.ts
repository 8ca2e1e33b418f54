/**
 * Diagrams written as text in the content and drawn as inline SVG when the site is built: a fenced
 * `diagram` block holds a caption, a description and Graphviz (DOT) source, which Graphviz, compiled
 * to WebAssembly (@viz-js/viz), lays out in this process: no browser, no other program, no network.
 *
 * The SVG Graphviz writes is then made fit for the page: colours come from the theme (CSS custom
 * properties in global.css, for light and dark), its ids are dropped or made the figure's own, and
 * what a page does not need (comments, tooltips, fonts, fixed sizes in points) goes.
 *
 * The figure around the drawing (caption, link, description) is rehype-diagrams.ts's; this file knows
 * the block's syntax and Graphviz.
 */
import { instance, type Viz } from '@viz-js/viz';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { isMap, parseDocument } from 'yaml';

/** The language of the fence that holds a diagram: ```diagram. */
export const DIAGRAM_LANGUAGE = 'diagram';

/**
 * The colours a writer may give a node, an edge or a cluster, as `class="green"` in the Graphviz
 * source. Each has a light and a dark variant in global.css (`--diagram-<tone>-fill`, `-line`).
 */
export const DIAGRAM_TONES = ['blue', 'green', 'amber', 'red', 'violet', 'grey'] as const;

/** A problem with a diagram block, at a line of the block (1 is the line after the opening fence). */
export class DiagramError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'DiagramError';
  }
}

export interface DiagramBlock {
  caption: string;
  description: string;
  /** An id the writer chose instead of the one made from the caption. */
  id?: string;
  /** The Graphviz source. */
  source: string;
  /** The line of the block on which the source starts. */
  sourceLine: number;
}

const SEPARATOR = /^---\s*$/;
const KEYS = new Set(['caption', 'description', 'id']);
/** "A diagram of…", "This picture shows…": the description says what is shown, not that something is. */
const META_DESCRIPTION = /^(?:an?|the|this)\s+(?:diagram|picture|image|figure|drawing|chart)\b/i;

const EXAMPLE = 'caption: …\ndescription: …\n---\ndigraph { … }';

/** Splits a block into its header (caption, description, optional id) and its Graphviz source. */
export function parseDiagramBlock(text: string): DiagramBlock {
  const lines = text.replace(/\n$/, '').split('\n');
  const separator = lines.findIndex((line) => SEPARATOR.test(line));
  if (separator < 0) {
    throw new DiagramError(`a diagram block starts with its caption and description, then a line "---", then the Graphviz source:\n${EXAMPLE}`, 1);
  }
  const header = parseDocument(lines.slice(0, separator).join('\n'), { prettyErrors: false });
  const [yamlError] = header.errors;
  if (yamlError) {
    const line = yamlError.linePos?.[0].line ?? 1;
    throw new DiagramError(
      `the caption and description above "---" are not valid YAML (${yamlError.message.split('\n')[0]}); quote a value that contains ": "`,
      line,
    );
  }
  const lineOf = (key: string) => {
    const index = lines.findIndex((line) => line.startsWith(`${key}:`));
    return index < 0 ? 1 : index + 1;
  };
  const contents = header.contents;
  if (!isMap(contents)) throw new DiagramError(`a diagram block starts with its caption and description:\n${EXAMPLE}`, 1);
  const values = contents.toJSON() as Record<string, unknown>;
  for (const key of Object.keys(values)) {
    if (!KEYS.has(key)) throw new DiagramError(`"${key}" is not a diagram setting; a diagram has caption, description and (optionally) id`, lineOf(key));
  }
  const text_ = (key: 'caption' | 'description', what: string) => {
    const value = values[key];
    if (typeof value !== 'string' || value.trim() === '') throw new DiagramError(`the diagram has no ${key}: add "${key}: ${what}" above "---"`, lineOf(key));
    return value.trim().replace(/\s+/g, ' ');
  };
  const caption = text_('caption', 'what it shows, in a few words');
  const description = text_('description', 'the flow or structure in words, for readers who cannot see the picture');
  if (META_DESCRIPTION.test(description)) {
    throw new DiagramError(
      `the description should say what the picture shows (the flow or the structure), not that it is a diagram: "${description.slice(0, 40)}…"`,
      lineOf('description'),
    );
  }
  const id = values['id'];
  if (id !== undefined && (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))) {
    throw new DiagramError('a diagram’s id is lower-case letters, digits and hyphens ("vpc-layout"), or left out to come from the caption', lineOf('id'));
  }
  const source = lines.slice(separator + 1).join('\n');
  if (source.trim() === '') throw new DiagramError('the diagram has no Graphviz source below "---"', separator + 1);
  return { caption, description, ...(typeof id === 'string' ? { id } : {}), source, sourceLine: separator + 2 };
}

// ---------------------------------------------------------------- Graphviz

/** One Graphviz for the whole build: the WebAssembly module is compiled once (about 30 ms). */
let viz: Promise<Viz> | undefined;

/**
 * The house style, which a diagram's own source can override: rounded boxes, Helvetica metrics,
 * cluster labels at their top left and a transparent background.
 *
 * Graphviz measures text with Helvetica's widths; the page draws it in Helvetica, Arial or a font
 * of the same widths where there is one, else in a wider sans-serif (DejaVu Sans, about a tenth
 * wider) and the first line of a cluster's label in bold (wider again). So Graphviz lays text out
 * larger than it is drawn: 15.5 for 14 px in boxes, 13.5 for 12 px on edges (TEXT_SCALE), 17 for
 * 14 px cluster labels (CLUSTER_TEXT_SCALE). Only ASCII is measured (see MEASURED_AS_SPACE).
 */
/** Drawn size of text over the size Graphviz laid it out at (see above); cluster labels, whose first line is bold, get more room. */
const TEXT_SCALE = 0.9;
const CLUSTER_TEXT_SCALE = 14 / 17;

/**
 * The house style as DOT statements, put at the start of the graph's body on the line of its `{`
 * (so Graphviz's line numbers stay the writer's), where later statements in the source override
 * them. (Defaults given to Graphviz's API instead reach only the outermost clusters.)
 */
const HOUSE_STYLE = [
  'graph [bgcolor=transparent fontname=Helvetica fontsize=17 labeljust=l nodesep=0.3 ranksep=0.45 pad=0.1]',
  'node [shape=box style=rounded fontname=Helvetica fontsize=15.5 margin="0.16,0.07" height=0.4]',
  'edge [fontname=Helvetica fontsize=13.5 arrowsize=0.7]',
].join('; ');

/** `digraph name {` (or `graph`, `strict digraph`, a quoted name): where the house style goes in. */
const GRAPH_OPENING = /^\s*(?:strict\s+)?(?:di)?graph\b\s*(?:"(?:[^"\\]|\\.)*"|[\w.]+)?\s*\{/i;

const withHouseStyle = (source: string) => {
  const opening = GRAPH_OPENING.exec(source);
  return opening ? `${opening[0]} ${HOUSE_STYLE}; ${source.slice(opening[0].length)}` : source;
};

/**
 * Graphviz's metrics cover ASCII only: it measures "→" or "’" as a space and warns about each. The
 * guide writes typographic quotes and arrows, so that warning is not a writer's mistake; a label
 * with many such characters may need a little more room (a node's `margin`).
 */
const MEASURED_AS_SPACE = 'non-ASCII character';

/** "syntax error in line 3 near '->'" → the line (of the source) and what Graphviz says, without the line. */
function sourceProblem(message: string): { line?: number; text: string } {
  const match = /\bin line (\d+)\b/.exec(message);
  const text = message
    .replace(/^(Error|Warning):\s*/i, '')
    .replace(/\s*\bin line \d+\b/, '')
    .trim();
  return match ? { line: Number(match[1]), text } : { text };
}

/** Lays the source out with Graphviz and returns its SVG, or throws a DiagramError at the line Graphviz names. */
export async function renderGraphviz(block: Pick<DiagramBlock, 'source' | 'sourceLine'>): Promise<string> {
  const result = (await (viz ??= instance())).render(withHouseStyle(block.source), { format: 'svg' });
  const problems = result.errors.filter((e) => (e.level === 'error' || e.level === 'warning') && !e.message.includes(MEASURED_AS_SPACE));
  if (result.status === 'success' && problems.length === 0) return result.output;
  const first = problems[0] ?? { message: 'Graphviz could not lay it out' };
  const { line, text } = sourceProblem(first.message);
  const hint = text.includes('syntax error') ? ': check the brackets, quotes and semicolons on this line and the one before' : '';
  const lineInBlock = line === undefined ? 1 : block.sourceLine + line - 1;
  throw new DiagramError(`Graphviz cannot draw the diagram (${text})${hint}`, lineInBlock);
}

// ---------------------------------------------------------------- SVG for the page

/** The left and right edges of a cluster's box, from its polygon's points or its rounded path. */
function horizontalExtent(shape: Element): [number, number] | undefined {
  const { points, d } = shape.properties;
  const coordinates = typeof points === 'string' ? points : typeof d === 'string' ? d : '';
  const xs = [...coordinates.matchAll(/(-?[\d.]+),-?[\d.]+/g)].map((m) => Number(m[1]));
  return xs.length > 0 ? [Math.min(...xs), Math.max(...xs)] : undefined;
}

/**
 * A cluster label sits at its cluster's top left (labeljust=l), but Graphviz anchors a one-line label
 * at its middle, so a label drawn wider than measured would spill out on the left, over the border.
 * Anchored at its start instead, it can only grow to the right, into the cluster. (A label Graphviz
 * centres in its cluster stays centred; multi-line labels ending in \l are already anchored at the start.)
 */
function startClusterLabel(cluster: Element, labels: Set<Element>) {
  const shape = cluster.children.find((c): c is Element => c.type === 'element' && ['polygon', 'path'].includes(c.tagName));
  const extent = shape && horizontalExtent(shape);
  if (!extent) return;
  const [left, right] = extent;
  for (const text of cluster.children) {
    if (text.type !== 'element' || text.tagName !== 'text') continue;
    labels.add(text);
    if (text.properties['textAnchor'] !== 'middle') continue;
    if (Number(text.properties['x']) >= (left + right) / 2 - 0.5) continue;
    text.properties['textAnchor'] = 'start';
    text.properties['x'] = String(left + 8);
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';

/** Colours Graphviz writes for its defaults: black lines and text, nothing or no background. */
const THEMED_PAINT: Record<string, string> = { black: 'currentColor', none: 'none', transparent: 'none' };

/** Graphviz's group classes that CSS styles, besides the writer's tones. */
const STRUCTURE_CLASSES = new Set(['node', 'edge', 'cluster']);
const TONES = new Set<string>(DIAGRAM_TONES);

/** What an inline SVG on an HTML page does without: the font is the page's (CSS), whitespace is not XML's, namespaces are implied. */
const DROPPED_PROPERTIES = new Set(['fontFamily', 'xmlSpace', 'xmlns', 'xmlnsXLink']);

const ID_REFERENCE = /url\(#([^)]+)\)/g;

/**
 * Graphviz's SVG, made to follow the page: the `<svg>` element, ready to go inline in a figure.
 * - Colours: Graphviz's black becomes `currentColor`, and every other colour is an error (a colour
 *   written in the source would not change with the theme), pointing at `class="<tone>"`.
 * - Ids: Graphviz numbers its groups (`node1`, `clust1`, `edge1`) on every diagram alike, so they
 *   would repeat on a page with two; ids nothing refers to go, and any that something refers to
 *   (a gradient) get `_<figure id>-` in front.
 * - Size: the width and height in points go; the viewBox stays, and the natural width (one unit to
 *   one CSS pixel, so 14 px text stays 14 px) becomes the `width`, which CSS lets shrink to the column.
 * - Links and tooltips go or stop the build: inside an image they reach neither keyboard nor screen reader.
 */
export function svgForPage(svgText: string, idPrefix: string, block?: Pick<DiagramBlock, 'source' | 'sourceLine'>): Element {
  /** The line of the block where the source first matches, for a message; else the block's first line. */
  const lineOf = (pattern: RegExp) => {
    if (!block) return 1;
    const index = block.source.split('\n').findIndex((line) => pattern.test(line));
    return index < 0 ? 1 : block.sourceLine + index;
  };
  const start = svgText.indexOf('<svg');
  const tree: Root = fromHtml(svgText.slice(start), { fragment: true });
  const svg = tree.children.find(isElement);
  if (svg?.tagName !== 'svg') throw new Error('Graphviz returned no <svg> element');

  const referenced = new Set<string>();
  const colours = new Set<string>();
  const walk = (el: Element) => {
    for (const value of Object.values(el.properties)) {
      if (typeof value === 'string') for (const m of value.matchAll(ID_REFERENCE)) referenced.add(m[1]!);
    }
    el.children.forEach((child) => {
      if (isElement(child)) walk(child);
    });
  };
  walk(svg);

  /** One attribute as the page wants it, or nothing for one it does not need. */
  /** The texts of cluster labels, drawn smaller than the rest relative to their layout (see CLUSTER_TEXT_SCALE). */
  const clusterLabels = new Set<Element>();
  const property = (el: Element, name: string, value: Properties[string]): [string, Properties[string]][] => {
    if (DROPPED_PROPERTIES.has(name)) return [];
    if (name === 'id') return typeof value === 'string' && referenced.has(value) ? [[name, `_${idPrefix}-${value}`]] : [];
    if (name === 'fill' || name === 'stroke') {
      const paint = THEMED_PAINT[String(value).toLowerCase()];
      if (paint === undefined) colours.add(String(value));
      return [[name, paint ?? 'none']];
    }
    if (typeof value !== 'string') {
      if (name !== 'className' || !Array.isArray(value)) return [[name, value]];
      const classes = value.map(String);
      const unknown = classes.filter((c) => c !== 'graph' && !STRUCTURE_CLASSES.has(c) && !TONES.has(c));
      if (unknown.length > 0) {
        throw new DiagramError(
          `class="${unknown.join(' ')}" is not a diagram colour; use one of ${DIAGRAM_TONES.join(', ')}`,
          lineOf(new RegExp(`class\\s*=\\s*"?[^"\\n]*\\b${escapeRegExp(unknown[0]!)}\\b`)),
        );
      }
      const kept = classes.filter((c) => c !== 'graph');
      return kept.length > 0 ? [[name, kept]] : [];
    }
    if (name === 'fontSize') {
      const scale = clusterLabels.has(el) ? CLUSTER_TEXT_SCALE : TEXT_SCALE;
      return [[name, String(Math.round(Number(value) * scale * 10) / 10)]];
    }
    // Graphviz's "scale(1 1) rotate(0) translate(…)": only the translation does anything.
    if (name === 'transform') return [[name, value.replace(/scale\(1 1\)\s*|rotate\(0\)\s*/g, '')]];
    return [[name, value.replace(ID_REFERENCE, (_m, id: string) => `url(#_${idPrefix}-${id})`)]];
  };

  const clean = (el: Element) => {
    if (el.tagName === 'g' && Array.isArray(el.properties['className']) && el.properties['className'].includes('cluster')) startClusterLabel(el, clusterLabels);
    el.properties = Object.fromEntries(Object.entries(el.properties).flatMap(([name, value]) => property(el, name, value)));
    el.children = el.children.filter((child) => {
      if (child.type === 'comment') return false;
      if (child.type === 'text') return el.tagName === 'text' || el.tagName === 'tspan' || child.value.trim() !== '';
      if (!isElement(child)) return true;
      if (child.tagName === 'title') return false;
      if (child.tagName === 'a') {
        throw new DiagramError(
          'a diagram cannot hold links (URL or href): inside a picture they reach neither keyboard nor screen reader; link from the text instead',
          lineOf(/\b(URL|href)\s*=/i),
        );
      }
      clean(child);
      return true;
    });
  };
  clean(svg);
  if (colours.size > 0) {
    throw new DiagramError(
      `colours come from the page’s theme, so they follow light and dark mode: instead of ${[...colours].map((c) => `"${c}"`).join(', ')} ` +
        `(color, fillcolor, fontcolor, bgcolor or style=filled), give the node, edge or cluster class="<tone>", one of ${DIAGRAM_TONES.join(', ')}`,
      lineOf(/\b(?:color|fillcolor|fontcolor|bgcolor|pencolor)\s*=|\bstyle\s*=\s*"?[^"\n]*\bfilled\b/i),
    );
  }

  const viewBox = svg.properties['viewBox'];
  if (typeof viewBox !== 'string') throw new Error('Graphviz returned an <svg> without a viewBox');
  const [, , width] = viewBox.split(/[\s,]+/).map(Number);
  if (width === undefined || !Number.isFinite(width)) throw new Error(`Graphviz returned an unusable viewBox: "${viewBox}"`);
  svg.properties = { width: Math.ceil(width), viewBox: viewBox.replace(/\.00\b/g, '') };
  return svg;
}
