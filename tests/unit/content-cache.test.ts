/**
 * Astro keeps rendered Markdown pages between builds (src/loaders/topic-pages.ts). These builds of
 * the fixture site check that a change to the Markdown pipeline's code reaches every page on the
 * next build, and that a page that fails to render stops the build instead of shipping empty.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempProject, PROJECT, run, type TempProject } from '../support/temp-project';

let project: TempProject;

async function edit(file: string, change: (text: string) => string) {
  const full = path.join(project.root, file);
  const before = await readFile(full, 'utf8');
  const after = change(before);
  expect(after, `the edit must change ${file}`).not.toBe(before);
  await writeFile(full, after);
}

const build = () => run('astro', ['build'], project.root);
const alpha = () => readFile(path.join(project.root, 'dist/services/alpha/index.html'), 'utf8');

beforeAll(async () => {
  project = await createTempProject();
  await cp(path.join(PROJECT, 'tests/fixtures/site'), project.content, { recursive: true });
  const first = await build();
  expect(first.ok, first.output).toBe(true);
}, 120_000);

afterAll(() => project.remove());

describe('the content cache', () => {
  it('renders pages again when a Markdown plugin changes, though no page did', async () => {
    expect(await alpha()).toContain('aria-label="Link to section: How it works"');
    await edit('src/plugins/anchor-link.ts', (text) => text.replace('`Link to ${kind}: ${label}`', '`Permalink to ${kind}: ${label}`'));
    const rebuilt = await build();
    expect(rebuilt.ok, rebuilt.output).toBe(true);
    expect(await alpha()).toContain('aria-label="Permalink to section: How it works"');
    expect(await alpha()).not.toContain('aria-label="Link to section: How it works"');
  });

  it('stops the build on a page that fails to render, naming the file and the problem', async () => {
    await edit('content/services/alpha.md', (text) => text.replace('charges: pricing', 'charges: prices'));
    const result = await build();
    expect(result.ok, result.output).toBe(false);
    expect(result.output).toMatch(
      /services\/alpha\.md: formerIds maps "charges" to "prices", but the page has no heading, row or diagram with the id "prices"/,
    );
    expect(result.output).toContain('Pages that could not be rendered');
  });
});
