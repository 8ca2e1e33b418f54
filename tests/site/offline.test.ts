/** The service worker the build writes saves the whole site: every page, asset, deck and the search index. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFLINE_SIZE, SERVICE_WORKER, type OfflineSize } from '../../src/integrations/offline';
import { builtSite, DIST } from './built-site';

/** Pagefind's own search UIs and highlighter, which the site does not load, and the print pages. */
const UNUSED = /^(pagefind\/pagefind-(.*ui\.(js|css)|highlight\.js)|print\/.*)$/;

const files = (readdirSync(DIST, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[])
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(DIST, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  .filter((file) => file !== SERVICE_WORKER && file !== OFFLINE_SIZE && !UNUSED.test(file));

describe('offline', () => {
  const worker = readFileSync(path.join(DIST, SERVICE_WORKER), 'utf8');
  const precached = new Set([...worker.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]));
  const size = JSON.parse(readFileSync(path.join(DIST, OFFLINE_SIZE), 'utf8')) as OfflineSize;

  it('precaches every file of the built site that pages use, search index and study decks included', () => {
    expect(files.filter((file) => !precached.has(file))).toEqual([]);
    for (const file of [
      'index.html',
      'services/lambda/index.html',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      'practice/decks/exam-saa-c03.json',
      'study/ids.json',
      '404.html',
    ]) {
      expect(precached).toContain(file);
    }
    expect(precached).not.toContain('pagefind/pagefind-ui.js');
    expect(precached).not.toContain('print/saa-c03/index.html');
  });

  it('tells the control the size of the download', () => {
    expect(size.files).toBe(files.length);
    expect(size.bytes).toBe(files.reduce((sum, file) => sum + statSync(path.join(DIST, file)).size, 0));
  });

  it('adds at most 1 KiB of gzipped JavaScript to a reading page before the reader uses it', () => {
    const scripts = builtSite()
      .get('/services/lambda/')!
      .assets.filter((asset) => asset.includes('OfflineControl'));
    expect(scripts).toHaveLength(1);
    const bytes = gzipSync(readFileSync(path.join(DIST, scripts[0]!)), { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(1024);
  });
});
