/**
 * The redirect pages of renamed topics (`src/pages/[...former].astro`) are not pages of their own, so the
 * sitemap leaves them out. Which files they are is known only once the build has written them: this
 * integration reads them from Astro's list of each route's output and must come before the sitemap's.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { normaliseBase } from '../utils/deployment';

/** The route that writes the redirect pages, as Astro names its pattern. */
const ROUTE = '/[...former]';

export function formerAddresses() {
  const redirects = new Set<string>();
  let base = '/';
  const integration: AstroIntegration = {
    name: 'former-addresses',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': ({ assets, dir }) => {
        for (const file of assets.get(ROUTE) ?? []) {
          const page = path
            .relative(fileURLToPath(dir), path.dirname(fileURLToPath(file)))
            .split(path.sep)
            .join('/');
          redirects.add(`${base}${page}/`);
        }
      },
    },
  };
  /** For the sitemap's `filter`: whether an absolute page URL is one of the redirect pages. */
  const isRedirect = (url: string) => redirects.has(new URL(url).pathname);
  return { integration, isRedirect };
}
