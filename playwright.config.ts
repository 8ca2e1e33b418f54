import { chromium, defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * End-to-end tests run against the built site (with its Pagefind index) served by `astro preview`.
 * They drive the system Chromium, since this environment cannot download Playwright's own browser;
 * where that one is installed instead, it is used.
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const PORT = 4322;

/** Launch options naming the browser binary, or none to use Playwright's own. */
function browserPath(): { executablePath?: string } {
  const candidates = [process.env['CHROMIUM_PATH'], SYSTEM_CHROMIUM].filter((p): p is string => Boolean(p));
  const system = candidates.find((p) => existsSync(p));
  if (system) return { executablePath: system };
  if (existsSync(chromium.executablePath())) return {};
  throw new Error(
    'No Chromium to run the end-to-end tests: install the system one (Debian: `apt-get install chromium`), ' +
      'point CHROMIUM_PATH at a Chromium binary, or install Playwright\'s (`npx playwright install chromium`).',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      ...browserPath(),
      // Without these, Chromium keeps trying to reach Google's hosts, which this network refuses.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
