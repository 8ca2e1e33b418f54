/**
 * Which Chromium the end-to-end tests and the benchmark drive, and how. The system one comes
 * first, since this environment cannot download Playwright's own browser; where that one is
 * installed instead, it is used.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Without these, Chromium keeps trying to reach Google's hosts, which this network refuses. */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The Chromium binary to launch: $CHROMIUM_PATH, the system one, or Playwright's own. */
export function chromiumPath(): string {
  const candidates = [process.env['CHROMIUM_PATH'], SYSTEM_CHROMIUM, chromium.executablePath()].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium to run the browser tests: install the system one (Debian: `apt-get install chromium`), ' +
        "point CHROMIUM_PATH at a Chromium binary, or install Playwright's (`npx playwright install chromium`).",
    );
  }
  return found;
}
