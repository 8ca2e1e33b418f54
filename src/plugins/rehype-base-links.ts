import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { normaliseBase } from '../utils/deployment';

/**
 * The sub-path Astro resolved for this build, however it was set (`BASE_PATH`, `base` in the
 * config, `astro build --base`): the `siteBase` integration hands it over before any page renders.
 */
let siteBase = '/';
export const setSiteBase = (base: string) => {
  siteBase = normaliseBase(base);
};

export interface BaseLinksOptions {
  /** The sub-path with both slashes (`/guide/`); the build's own when left out. */
  base?: string;
}

/**
 * Writers link to other pages from the site's root (`[Lambda](/services/lambda/)`), which is where
 * they are in `src/pages`. Under a sub-path the built link must carry it, so this prefixes every
 * root-relative `href` and `src` in content; at the root it changes nothing.
 */
export function rehypeBaseLinks(options: BaseLinksOptions = {}) {
  return (tree: Root) => {
    const prefix = (options.base ?? siteBase).replace(/\/$/, '');
    if (!prefix) return;
    visit(tree, 'element', (node) => {
      for (const name of ['href', 'src'] as const) {
        const value = node.properties[name];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) node.properties[name] = `${prefix}${value}`;
      }
    });
  };
}
