/**
 * Code blocks keep their lines as written, so a long command scrolls inside its block on a phone; the
 * block is made focusable so that keyboard readers can scroll it too (what axe's
 * scrollable-region-focusable asks of every region that scrolls).
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeCodeBlocks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'pre') node.properties['tabIndex'] = 0;
    });
  };
}
