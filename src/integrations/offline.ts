/**
 * Offline reading: after the build (and after Pagefind has written the search index, so this
 * integration must come after `pagefind()`), writes `sw.js`, a Workbox service worker that precaches
 * every file of the built site (src/scripts/service-worker.ts), and `offline.json`, the download's
 * size for the "Save for offline" control. The list comes from the output folder, never from a
 * hand-kept list. Nothing registers the worker until a reader asks for it
 * (src/components/OfflineControl.astro).
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
// Only the manifest step: the package's entry also loads the Rollup and Babel of `generateSW`.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';

export const SERVICE_WORKER = 'sw.js';
export const OFFLINE_SIZE = 'offline.json';

/** What `offline.json` holds: the bytes and files the reader's browser downloads to save the guide. */
export interface OfflineSize {
  bytes: number;
  files: number;
}

const WORKER_SOURCE = fileURLToPath(new URL('../scripts/service-worker.ts', import.meta.url));

/**
 * Bundles the worker with Workbox into one minified script, as a worker cannot import modules from
 * an install. Rolldown (Vite's own bundler) takes a tenth of a second; Workbox's `generateSW` spent
 * more than a second on every build doing the same with Rollup, Babel and Terser.
 */
async function bundleWorker(): Promise<string> {
  const { output } = await build({
    input: WORKER_SOURCE,
    write: false,
    platform: 'browser',
    // Workbox logs to the console unless told it runs in production.
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    output: { format: 'iife', minify: true },
  });
  return output[0].code;
}

/**
 * Writes `sw.js` and `offline.json` into a built site. Files whose names carry a content hash
 * (Astro's `_astro/`) are cached by name; every other file gets a revision from its content, so a
 * new build re-downloads only what changed, and the old worker keeps serving the old files until
 * the reader accepts the new version.
 */
export async function writeServiceWorker(site: string): Promise<OfflineSize & { warnings: string[] }> {
  const swDest = path.join(site, SERVICE_WORKER);
  await writeFile(swDest, await bundleWorker());
  const { count, size, warnings } = await injectManifest({
    swSrc: swDest,
    swDest,
    globDirectory: site,
    globPatterns: ['**/*'],
    // Left out: Pagefind's ready-made search UIs and highlighter (430 KB; the site has its own), and
    // the print pages (several MB that repeat the topic pages, for printing while online).
    globIgnores: [SERVICE_WORKER, OFFLINE_SIZE, 'pagefind/pagefind-*ui.*', 'pagefind/pagefind-highlight.js', 'print/**'],
    dontCacheBustURLsMatching: /^_astro\//,
    // Decks and flashcard exports are the largest files (about 0.5 MB); the default 2 MB leaves room.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
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
