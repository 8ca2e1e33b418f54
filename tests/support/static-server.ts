/**
 * Serves a built site the way a plain static host does: `dir/index.html` for `dir/`, `404.html`
 * for anything missing, and gzip for text when the browser accepts it, so what the benchmark
 * measures is what a reader would download.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
const TEXT = new Set(['.html', '.css', '.js', '.json', '.svg']);

async function resolveFile(root: string, base: string, url: string): Promise<{ file: string; status: number }> {
  const requested = decodeURIComponent(new URL(url, 'http://x').pathname);
  // Under a sub-path, the site's files answer only there, as on a host that serves other things beside it.
  const pathname = requested.startsWith(base) ? requested.slice(base.length - 1) : undefined;
  const file = pathname === undefined ? '' : path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  if (file.startsWith(root) && (await stat(file).catch(() => null))?.isFile()) return { file, status: 200 };
  return { file: path.join(root, '404.html'), status: 404 };
}

/** Serves `root` at `base` (`/` or a sub-path such as `/guide/`) on 127.0.0.1:`port`. */
export async function serveStatic(root: string, port: number, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const { file, status } = await resolveFile(root, base, req.url ?? '/');
    const ext = path.extname(file);
    let body = await readFile(file);
    const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
    if (TEXT.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body, { level: 9 });
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  // Port 0 lets the system pick a free one; the URL names the one it picked.
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${listening}`,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
