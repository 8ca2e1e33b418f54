/**
 * Serves a built site the way a plain static host does: `dir/index.html` for `dir/`, `404.html`
 * for anything missing, and gzip for text when the browser accepts it, so what the benchmark
 * measures is what a reader would download. Like a real host, it outlives bad requests: a URL that
 * does not decode answers 400 and a file it cannot read 500, and it goes on serving.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
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

async function resolveFile(root: string, base: string, requested: string): Promise<{ file: string; status: number }> {
  // Under a sub-path, the site's files answer only there, as on a host that serves other things beside it.
  const pathname = requested.startsWith(base) ? requested.slice(base.length - 1) : undefined;
  const file = pathname === undefined ? '' : path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  if (file.startsWith(root) && (await stat(file).catch(() => null))?.isFile()) return { file, status: 200 };
  return { file: path.join(root, '404.html'), status: 404 };
}

const plain = (res: ServerResponse, status: number, text: string) => res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);

async function respond(root: string, base: string, req: IncomingMessage, res: ServerResponse) {
  let requested: string;
  try {
    requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    // `/%E0%A4%A` and the like: the client's mistake, which must not take the site down for the next request.
    plain(res, 400, 'Bad request: the URL does not decode');
    return;
  }
  const { file, status } = await resolveFile(root, base, requested);
  const ext = path.extname(file);
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch (error) {
    plain(res, 500, `Could not read ${path.relative(root, file)}: ${String(error)}`);
    return;
  }
  const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
  if (TEXT.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
    body = gzipSync(body, { level: 9 });
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(status, headers).end(body);
}

/** Serves `root` at `base` (`/` or a sub-path such as `/guide/`) on 127.0.0.1:`port`. */
export async function serveStatic(root: string, port: number, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    // Anything else that fails is the server's fault: say so with a 500 rather than let the rejection end the process.
    respond(root, base, req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else plain(res, 500, `Internal error: ${String(error)}`);
    });
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
