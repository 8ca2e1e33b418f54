/**
 * Offline reading: after the build (and after Pagefind has written the search index, so this
 * integration must come after `pagefind()`), Workbox writes `sw.js`, a service worker that
 * precaches every file of the built site, and `offline.json`, the download's size for the
 * "Save for offline" control. The list comes from the output folder, never from a hand-kept list.
 * Nothing registers the worker until a reader asks for it (src/components/OfflineControl.astro).
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

export const SERVICE_WORKER = 'sw.js';
export const OFFLINE_SIZE = 'offline.json';

/** What `offline.json` holds: the bytes and files the reader's browser downloads to save the guide. */
export interface OfflineSize {
  bytes: number;
  files: number;
}

/**
 * Writes `sw.js` and `offline.json` into a built site. Files whose names carry a content hash
 * (Astro's `_astro/`) are cached by name; every other file gets a revision from its content, so a
 * new build re-downloads only what changed, and the old worker keeps serving the old files until
 * the reader accepts the new version (no `skipWaiting` until the page asks).
 */
export async function writeServiceWorker(site: string): Promise<OfflineSize & { warnings: string[] }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: site,
    globPatterns: ['**/*'],
    // Left out: Pagefind's ready-made search UIs and highlighter (430 KB; the site has its own), and
    // the print pages (several MB that repeat the topic pages, for printing while online).
    globIgnores: [SERVICE_WORKER, 'workbox-*.js', OFFLINE_SIZE, 'pagefind/pagefind-*ui.*', 'pagefind/pagefind-highlight.js', 'print/**'],
    swDest: path.join(site, SERVICE_WORKER),
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    dontCacheBustURLsMatching: /^_astro\//,
    // Decks and flashcard exports are the largest files (about 0.5 MB); the default 2 MB leaves room.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // A static host serves the same file whatever the query (?highlight= from search, ?deck= on the
    // study pages, Pagefind's ?ts=), so the saved copy answers for every query too.
    ignoreURLParametersMatching: [/./],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    // Every page is precached; a page that is not (a mistyped address) gets the site's 404 page offline.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
  });
  await writeFile(path.join(site, OFFLINE_SIZE), JSON.stringify({ bytes: size, files: count } satisfies OfflineSize));
  return { bytes: size, files: count, warnings };
}

export function offline(): AstroIntegration {
  return {
    name: 'offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { bytes, files, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Service worker written: ${files} files, ${(bytes / 1e6).toFixed(1)} MB to save for offline.`);
      },
    },
  };
}
