/**
 * Rebuilds copy unchanged pages from the build cache (utils/page-cache.ts). A page copied when it
 * should have been rendered would show a reader stale facts, so these rebuilds check that every
 * kind of change reaches the pages that show it, and that the pages it cannot affect are reused.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempProject, PROJECT, runScript, type TempProject } from '../support/temp-project';

let project: TempProject;
const page = (route: string) => readFile(path.join(project.root, 'dist', route, 'index.html'), 'utf8');

async function edit(file: string, change: (text: string) => string) {
  const full = path.join(project.content, file);
  const before = await readFile(full, 'utf8');
  const after = change(before);
  expect(after, `the edit must change ${file}`).not.toBe(before);
  await writeFile(full, after);
}

/** Builds the project again and lists the pages it copied from the cache. */
async function rebuild() {
  const result = await runScript('build', project.root);
  expect(result.ok, result.output).toBe(true);
  return [...result.output.matchAll(/├─ (\S+) \(restored\)/g)].map((m) => m[1]);
}

beforeAll(async () => {
  project = await createTempProject();
  await cp(path.join(PROJECT, 'tests/fixtures/site'), project.content, { recursive: true });
  await rebuild();
}, 120_000);

afterAll(() => project.remove());

describe('a rebuild after an edit', () => {
  it('renders the edited page again and copies the pages that do not show it', async () => {
    await edit('services/alpha.mdx', (text) => text.replace('## How it works', 'A sentence added by a writer.\n\n## How it works'));
    const restored = await rebuild();
    expect(await page('services/alpha')).toContain('A sentence added by a writer.');
    expect(restored).not.toContain('/services/alpha/index.html');
    expect(restored).toContain('/services/beta/index.html');
  });

  it('renders again every page that shows a changed name, not only the page it belongs to', async () => {
    await edit('services/beta.mdx', (text) => text.replace('name: AWS Beta', 'name: AWS Beta Renamed'));
    await rebuild();
    // Alpha lists Beta among its related services.
    expect(await page('services/alpha')).toContain('AWS Beta Renamed');
    expect(await page('services/beta')).toContain('AWS Beta Renamed');
  });
});
