/**
 * Search: Pagefind indexes the built pages at the end of `astro build`, so a plain `astro build`
 * ships a working search and later build steps (the offline worker) can list the index's files.
 * `astro dev` has no built pages to index, so it serves the index of the last build under /pagefind/
 * (`npm run dev` builds once first when there is none); search there reflects that build's content.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { SEARCHABLE_FOLDERS } from '../utils/routes';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** Indexes the searchable pages under `site` (utils/routes.ts), writes the index to `site`/pagefind/ and returns how many HTML files it read. */
async function indexSite(site: string): Promise<number> {
  try {
    const { index, errors } = await pagefindApi.createIndex();
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: `{${SEARCHABLE_FOLDERS.join(',')}}/**/*.html` });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefindApi.close();
  }
}

export function pagefind(): AstroIntegration {
  let indexDir = '';
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        indexDir = fileURLToPath(new URL('pagefind/', config.outDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const files = await indexSite(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`Search index written in ${seconds}s (${files} HTML files read; those with data-pagefind-body are indexed).`);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(indexDir)) logger.warn('No search index yet: run `npm run build` once to search under `astro dev`.');
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const file = path.join(indexDir, path.normalize(decodeURIComponent(req.url ?? '/').split('?')[0]!));
          if (!file.startsWith(indexDir) || !existsSync(file)) {
            next();
            return;
          }
          res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
