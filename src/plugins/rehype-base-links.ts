import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface BaseLinksOptions {
  /** The site's sub-path with both slashes (`/guide/`), from `utils/deployment.ts`. */
  base: string;
}

/**
 * Writers link to other pages from the site's root (`[Lambda](/services/lambda/)`), which is where
 * they are in `src/pages`. Under a sub-path the built link must carry it, so this prefixes every
 * root-relative `href` and `src` in content; at the root it changes nothing.
 */
export function rehypeBaseLinks({ base }: BaseLinksOptions) {
  const prefix = base.replace(/\/$/, '');
  return (tree: Root) => {
    if (!prefix) return;
    visit(tree, 'element', (node) => {
      for (const name of ['href', 'src'] as const) {
        const value = node.properties[name];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) node.properties[name] = `${prefix}${value}`;
      }
    });
  };
}
