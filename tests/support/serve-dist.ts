/**
 * Serves dist/ for the end-to-end tests like a static host would: `node tests/support/serve-dist.ts PORT`.
 * Not `astro preview`, which refuses to start while another preview of the project runs
 * (say, the reader's own `npm start`).
 */
import path from 'node:path';
import { serveStatic } from './static-server.ts';

const port = Number(process.argv[2] ?? 4322);
const { url } = await serveStatic(path.resolve(import.meta.dirname, '../../dist'), port);
console.log(`Serving dist/ at ${url}`);
