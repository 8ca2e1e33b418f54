import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createPageIdMaker } from '../utils/page-ids';
import type { IdMaker } from '../utils/slug';

interface PageIdData {
  pageIds?: IdMaker;
  astro?: { frontmatter?: { shortName?: unknown } };
}

/**
 * The page's one id allocator (see utils/page-ids.ts), kept on the file so every plugin that makes
 * ids (headings here, table rows in rehype-tables) draws from it in document order.
 */
export function pageIds(file: VFile): IdMaker {
  const data = file.data as PageIdData;
  const shortName = data.astro?.frontmatter?.shortName;
  return (data.pageIds ??= createPageIdMaker(typeof shortName === 'string' ? shortName : undefined));
}

/**
 * Runs right after rehype-slug: passes each heading id it made through the page's allocator, so a
 * heading whose text is that of a section the page adds ("Sources") gets a suffix instead of a clash.
 */
export function rehypePageIds() {
  return (tree: Root, file: VFile) => {
    const makeId = pageIds(file);
    visit(tree, 'element', (node) => {
      if (/^h[1-6]$/.test(node.tagName) && typeof node.properties.id === 'string') node.properties.id = makeId(node.properties.id);
    });
  };
}
