import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

interface FrontmatterData {
  astro?: { frontmatter?: { formerIds?: unknown } };
}

const formerIdsOf = (file: VFile): [string, string][] => {
  const value = (file.data as FrontmatterData).astro?.frontmatter?.formerIds;
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).filter((pair): pair is [string, string] => typeof pair[1] === 'string');
};

/**
 * Links already sent keep working when a writer renames a heading or a table row: each `formerIds`
 * entry (old id → new id) becomes an empty element carrying the old id at the start of the new
 * target (its row header for a row, its caption for a diagram), so the browser scrolls there and CSS
 * highlights the section as for any linked one. A mapping to an id the page lacks, or from one it still has, stops the build.
 */
export function rehypeFormerIds() {
  return (tree: Root, file: VFile) => {
    const former = formerIdsOf(file);
    if (former.length === 0) return;
    const byId = new Map<string, Element>();
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') byId.set(node.properties.id, node);
    });
    const problems: string[] = [];
    for (const [old, current] of former) {
      const target = byId.get(current);
      if (byId.has(old)) problems.push(`formerIds lists "${old}", which is still an id on the page; remove the entry or rename the section`);
      else if (!target) problems.push(`formerIds maps "${old}" to "${current}", but the page has no heading, row or diagram with the id "${current}"`);
      else {
        // A row's cells and a figure's caption are what their element may hold first.
        const holder =
          target.tagName === 'tr'
            ? target.children.find((c): c is Element => c.type === 'element')
            : target.tagName === 'figure'
              ? target.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption')
              : target;
        holder?.children.unshift({ type: 'element', tagName: 'span', properties: { id: old, className: ['former-id'] }, children: [] });
      }
    }
    if (problems.length > 0) throw new Error(`${file.path}: ${problems.join('; ')}.`);
  };
}
