/**
 * Bad content must stop the build with a message that names the file and the field.
 * Each case builds a temporary copy of this project whose content is the fixture site with one thing broken.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempProject, PROJECT, run, type TempProject } from '../support/temp-project';

const fixture = path.join(PROJECT, 'tests/fixtures/site');
const projects: TempProject[] = [];

async function build(breakIt: (content: string) => Promise<void>) {
  const project = await createTempProject();
  projects.push(project);
  await cp(fixture, project.content, { recursive: true });
  await breakIt(project.content);
  const { ok, output } = await run('astro', ['build'], project.root);
  return { ok, output, dist: path.join(project.root, 'dist') };
}

async function edit(content: string, file: string, change: (text: string) => string) {
  const full = path.join(content, file);
  await writeFile(full, change(await readFile(full, 'utf8')));
}

afterAll(() => Promise.all(projects.map((p) => p.remove())));

describe('building bad content', () => {
  it('builds the fixture site, with a redirect from each former slug to the page', async () => {
    const result = await build(() => Promise.resolve());
    expect(result.ok, result.output).toBe(true);
    const redirect = await readFile(path.join(result.dist, 'services/alfa/index.html'), 'utf8');
    expect(redirect).toContain('<meta http-equiv="refresh" content="0;url=/services/alpha/">');
  });

  it("fails on a former slug that is another page's address, naming both files", async () => {
    const result = await build((content) => edit(content, 'services/beta.mdx', (t) => t.replace('shortName: Beta', 'shortName: Beta\nformerSlugs: [alpha]')));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /services\/beta\.mdx: formerSlugs lists "alpha", which is the current address of \S*services\/alpha\.md; remove it from one of them\./,
    );
  });

  it('fails on an unknown category, naming the file and the field', async () => {
    const result = await build((content) => edit(content, 'services/alpha.md', (t) => t.replace('category: compute', 'category: computing')));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/services\/alpha\.md: category points to "computing", but there is no such entry in the "categories" collection/);
  });

  it('fails on a reference to a service that does not exist, naming the file and the field', async () => {
    const result = await build((content) => edit(content, 'services/alpha.md', (t) => t.replace('related: [beta]', 'related: [beta, delta]')));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/services\/alpha\.md: related\[1\] points to "delta", but there is no such entry in the "services" collection/);
  });

  it('fails on an exam entry that points to no page, naming the file and the field', async () => {
    const result = await build((content) => edit(content, 'exams/fix-c01.yaml', (t) => t.replace('service: alpha', 'service: alfa')));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /exams\/fix-c01\.yaml: categories\[0\]\.services\[0\]\.service points to "alfa", but there is no such entry in the "services" collection/,
    );
  });

  it('fails on a service that leaves out a facet of its category, naming the file and the field', async () => {
    const result = await build((content) => edit(content, 'services/beta.mdx', (t) => t.replace('facets:\n  use: Fixture builds\n', '')));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/services\/beta\.mdx: facets\.use is missing: the "compute" category compares its services on “Typical use”/);
  });

  it('fails on an impossible review date, naming the file and the field', async () => {
    const result = await build((content) => edit(content, 'concepts/fixture-concept.md', (t) => t.replace('reviewed: "2026-11-01"', 'reviewed: "2025-13-45"')));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('concepts → fixture-concept data does not match collection schema');
    expect(result.output).toContain('reviewed: that date does not exist in the calendar');
  });

  it('fails on text that MDX would read as code, saying how to write it', async () => {
    const result = await build((content) => edit(content, 'services/beta.mdx', (t) => `${t}\nCold starts take <1 s.\n`));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/services\/beta\.mdx:\d+:18: "<1 s\.": MDX reads `<` as the start of a component: write it as `&lt;`/);
  });

  it('fails on a missing summary, naming the file and the field', async () => {
    const result = await build((content) => edit(content, 'services/beta.mdx', (t) => t.replace(/^summary:.*\n/m, '')));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('services → beta data does not match collection schema');
    expect(result.output).toContain('summary: summary is required and must be text');
    expect(result.output).toMatch(/services\/beta\.mdx/);
  });
});
