/**
 * Saving the guide for offline reading: nothing downloads until the reader asks; then every page,
 * search and practice work with the network off, and a new build is offered, never mixed in.
 */
import { expect, test, type Page } from '@playwright/test';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeServiceWorker } from '../../../src/integrations/offline';
import { serveStatic } from '../../support/static-server';
import { search } from '../helpers';

const DIST = path.resolve(import.meta.dirname, '../../../dist');

// Saving downloads the whole site (about 950 files, gzipped one by one by the test server).
test.describe.configure({ timeout: 120_000 });

const saveButton = (page: Page) => page.getByRole('contentinfo').getByRole('button', { name: /^Save for offline · \d+ MB$/ });

async function saveForOffline(page: Page) {
  await saveButton(page).click();
  await expect(page.getByRole('contentinfo').getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({ timeout: 60_000 });
}

/** A copy of the built site on a free port of its own, for tests that change files as a new deployment would. */
async function servedCopy() {
  const root = await mkdtemp(path.join(tmpdir(), 'guide-offline-'));
  await cp(DIST, root, { recursive: true });
  const server = await serveStatic(root, 0);
  return { root, url: server.url, close: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

test('saved once, the guide reads, searches and practises with the network off', async ({ page, context }) => {
  await page.goto('/services/lambda/');
  await saveForOffline(page);
  await context.setOffline(true);

  await page.goto('/services/ec2/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Amazon Elastic Compute Cloud');
  // Later visits say the guide is saved, without offering to download it again.
  await expect(page.getByRole('contentinfo').getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible();
  await expect(saveButton(page)).toBeHidden();

  const results = await search(page, 'lambda');
  await expect(results.first().locator('a').first()).toContainText('AWS Lambda');

  await page.goto('/practice/?deck=service-lambda');
  await page.getByRole('combobox', { name: 'Number of questions' }).selectOption('5');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('fieldset input').first().check();
  await page.getByRole('button', { name: 'Check answer', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^(Correct|Not quite: the answer is [A-F]( and [A-F])*)$/ })).toBeFocused();

  // An address the guide does not have gets its “Page not found”, not the browser's offline error.
  await page.goto('/services/no-such-service/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('a new build is offered, and only served once the reader accepts it', async ({ page }) => {
  const site = await servedCopy();
  try {
    await page.goto(`${site.url}/services/lambda/`);
    await saveForOffline(page);

    const s3 = path.join(site.root, 'services/s3/index.html');
    const html = await readFile(s3, 'utf8');
    await writeFile(s3, html.replace('</h1>', ' (revised)</h1>'));
    await writeServiceWorker(site.root);

    await page.reload();
    const offer = page.getByText('A newer version is ready', { exact: true });
    await expect(offer).toBeVisible({ timeout: 30_000 });
    // Until the reader accepts, every page comes from the saved build: no mix of old and new.
    await page.goto(`${site.url}/services/s3/`);
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('(revised)');
    await expect(offer).toBeVisible();

    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(revised)');
    await expect(offer).toBeHidden();
  } finally {
    await site.close();
  }
});

test('a download that fails keeps nothing and says so; the site works online', async ({ page }) => {
  const site = await servedCopy();
  try {
    // The worker lists a file the host no longer has, as when a deployment is half uploaded.
    await rm(path.join(site.root, 'glossary/index.html'));
    await page.goto(`${site.url}/services/lambda/`);
    await saveButton(page).click();
    await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText(
      'Saving for offline did not finish (the browser refused the space, or the network dropped). The guide still works online.',
      { timeout: 60_000 },
    );
    await expect(saveButton(page)).toBeEnabled();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
  } finally {
    await site.close();
  }
});

test('when the browser offers too little space, nothing downloads and the control says so', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.storage.estimate = () => Promise.resolve({ quota: 5_000_000, usage: 1_000_000 });
  });
  await page.goto('/services/lambda/');
  await saveButton(page).click();
  await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText(
    /^Not enough space to save for offline: it needs \d+ MB and this browser allows this site 4 MB\. The guide still works online\.$/,
  );
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
});
