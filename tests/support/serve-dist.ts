/**
 * Serves a built site for the end-to-end tests like a static host would:
 * `node tests/support/serve-dist.ts PORT [DIR] [BASE]` (default: dist/ at the root).
 * Not `astro preview`, which refuses to start while another preview of the project runs
 * (say, the reader's own `npm start`).
 */
import path from 'node:path';
import { serveStatic } from './static-server.ts';

const [port = '4322', dir = 'dist', base = '/'] = process.argv.slice(2);
const { url } = await serveStatic(path.resolve(import.meta.dirname, '../..', dir), Number(port), base);
console.log(`Serving ${dir}/ at ${url}${base}`);
