/**
 * Content links carry the site's sub-path (plugins/rehype-base-links.ts). The plugin learns it from
 * Astro's resolved config, not from the environment, so `BASE_PATH`, `base` in the config and
 * `astro build --base` all give the same site.
 */
import type { AstroIntegration } from 'astro';
import { setSiteBase } from '../plugins/rehype-base-links';

export const siteBase = (): AstroIntegration => ({
  name: 'site-base',
  hooks: {
    'astro:config:done': ({ config }) => {
      setSiteBase(config.base);
    },
  },
});
