import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/support/browser';

/**
 * End-to-end tests against built sites, served as a static host would:
 * - `behaviour` (tests/e2e/behaviour): what a reader does (anchors, tables, contents, copy-link, search),
 *   on the small fixture site (`npm run build:fixture`) hosted under a sub-path, so content edits never break them;
 * - `content` (tests/e2e/content): the real guide in dist/: search queries, study decks, accessibility of its pages.
 * `E2E_PORT` moves the servers (it and the next port), so two checkouts can test side by side.
 */
const PORT = Number(process.env['E2E_PORT'] ?? 4322);
const FIXTURE_PORT = PORT + 1;
const desktop = { ...devices['Desktop Chrome'], channel: undefined };

export default defineConfig({
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'behaviour', testDir: 'tests/e2e/behaviour', use: { ...desktop, baseURL: `http://127.0.0.1:${FIXTURE_PORT}/guide/` } },
    { name: 'content', testDir: 'tests/e2e/content', use: { ...desktop, baseURL: `http://127.0.0.1:${PORT}` } },
  ],
  webServer: [
    {
      command: `node tests/support/serve-dist.ts ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `node tests/support/serve-dist.ts ${FIXTURE_PORT} dist-fixture /guide/`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/guide/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
