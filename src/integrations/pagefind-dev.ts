/**
 * Pagefind indexes the built site, so `astro dev` has no index of its own. This serves the one
 * from the last build under /pagefind/ (`npm run dev` builds it first when there is none),
 * so search works while writing; it reflects content as of that build.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export function pagefindDev(): AstroIntegration {
  let outDir = '';
  return {
    name: 'pagefind-dev',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(new URL('pagefind/', config.outDir));
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(outDir)) logger.warn('No search index yet: run `npm run build` once to search under `astro dev`.');
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const file = path.join(outDir, path.normalize(decodeURIComponent(req.url ?? '/').split('?')[0]!));
          if (!file.startsWith(outDir) || !existsSync(file)) return next();
          res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
