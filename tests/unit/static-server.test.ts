/** The test server outlives bad requests: the end-to-end tests and the benchmark keep their server for the whole run. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../support/static-server';

describe('the static test server', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    // No 404.html: a missing page is then a file the server fails to read.
    root = await mkdtemp(path.join(tmpdir(), 'static-server-'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Home</title>');
    server = await serveStatic(root, 0);
  });

  // A server that hangs on a request fails the test in seconds rather than at the test timeout.
  const get = (pathname: string) => fetch(`${server.url}${pathname}`, { signal: AbortSignal.timeout(5_000) });

  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('answers a URL that does not decode with 400, then serves the next request', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<title>Home</title>');
  });

  it('answers a file it cannot read with 500, then serves the next request', async () => {
    expect((await get('/missing/')).status).toBe(500);
    expect((await get('/')).status).toBe(200);
  });
});
