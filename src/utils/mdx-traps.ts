/**
 * Spots the Markdown that MDX reads differently from plain Markdown before MDX's parser does: its
 * message ("Unexpected character `1` (U+0031) before name") names the line but not the fix.
 * Frontmatter, code spans and fenced code are left alone, as MDX leaves them.
 */
export interface MdxTrap {
  line: number;
  column: number;
  /** The text as written, for the message. */
  found: string;
  fix: string;
}

const LESS_THAN_FIX = 'MDX reads `<` as the start of a component: write it as `&lt;` (latency &lt;1 s) or in words ("under 1 s")';
const AUTOLINK_FIX = 'MDX has no <https://...> links: write [the page title](https://...) instead';
const BRACE_FIX = 'MDX reads `{` and `}` as code: write `\\{` and `\\}`, or put the text in `backticks`';
const COMMENT_FIX = 'MDX has no HTML comments: write {/* a comment */} instead';

/** Lines that are MDX on purpose: imports, exports and component tags such as `<Callout />`. */
const MDX_LINE = /^\s*(import|export)\s|^\s*<\/?[A-Z][\w.]*[\s/>]/;

export function findMdxTraps(source: string): MdxTrap[] {
  const lines = source.split(/\r?\n/);
  const traps: MdxTrap[] = [];
  let inFrontmatter = lines[0] === '---';
  let fence: string | undefined;
  lines.forEach((text, index) => {
    const line = index + 1;
    if (inFrontmatter) {
      if (index > 0 && text === '---') inFrontmatter = false;
      return;
    }
    const opening = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (opening?.startsWith(fence[0]!) && opening.length >= fence.length) fence = undefined;
      return;
    }
    if (opening) {
      fence = opening;
      return;
    }
    if (MDX_LINE.test(text)) return;
    // Code spans keep their text; blank them out (same length) so columns still match.
    const prose = text.replace(/(`+)[^`]*?\1/g, (span) => ' '.repeat(span.length));
    for (const match of prose.matchAll(/<!--|<https?:\/\/|<(?![A-Za-z/>])|(?<!\\)[{}]/g)) {
      const found = match[0];
      const fix = found === '<!--' ? COMMENT_FIX : found.startsWith('<h') ? AUTOLINK_FIX : found === '<' ? LESS_THAN_FIX : BRACE_FIX;
      traps.push({ line, column: match.index + 1, found: text.slice(match.index, match.index + 12).trimEnd(), fix });
    }
  });
  return traps;
}

/** One line per trap: `content/services/x.mdx:12:9: "<1 s" — MDX reads ...`. */
export const describeTraps = (file: string, traps: readonly MdxTrap[]) => traps.map((t) => `${file}:${t.line}:${t.column}: "${t.found}": ${t.fix}.`);
