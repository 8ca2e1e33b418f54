/**
 * A deployer may set the sub-path with `BASE_PATH` (how dist-fixture/ is built), `base` in the
 * config or `astro build --base`: each must give the same site, content links included.
 */
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FIXTURE_BASE, FIXTURE_CONTENT, FIXTURE_DIST } from '../support/fixture-site';
import { createTempProject, run, type TempProject } from '../support/temp-project';

let project: TempProject | undefined;
afterAll(() => project?.remove());

const htmlFiles = async (dir: string) => (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();

it('builds the same pages with `astro build --base` as with BASE_PATH', async () => {
  project = await createTempProject();
  await cp(FIXTURE_CONTENT, project.content, { recursive: true });
  const result = await run('astro', ['build', '--base', FIXTURE_BASE], project.root);
  expect(result.ok, result.output).toBe(true);
  const dist = path.join(project.root, 'dist');
  const files = await htmlFiles(dist);
  expect(files).toEqual(await htmlFiles(FIXTURE_DIST));
  for (const file of files) {
    expect(await readFile(path.join(dist, file), 'utf8'), file).toBe(await readFile(path.join(FIXTURE_DIST, file), 'utf8'));
  }
}, 120_000);
