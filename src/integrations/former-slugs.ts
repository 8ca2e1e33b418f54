/**
 * Keeps links to renamed pages working: every `formerSlugs` entry becomes one of Astro's redirects
 * (in a static build, a small page that forwards to the new address).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readTopicAddresses, redirectsFor } from '../utils/redirects';

export function formerSlugs(): AstroIntegration {
  return {
    name: 'former-slugs',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const contentDir = fileURLToPath(new URL('content/', config.root));
        // Astro puts the redirect page under `base` but writes the destination as given.
        const base = config.base.replace(/\/$/, '');
        const redirects = Object.entries(redirectsFor(readTopicAddresses(contentDir))).map(([from, to]): [string, string] => [from, `${base}${to}`]);
        updateConfig({ redirects: Object.fromEntries(redirects) });
      },
    },
  };
}
