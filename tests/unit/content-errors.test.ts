/**
 * Bad content must stop the build with a message that names the file and the field. The checks and their
 * messages are unit-tested on their own (schemas.test.ts, content-checks.test.ts, redirects.test.ts,
 * mdx-traps.test.ts, markdown-plugins.test.ts); these builds show that `astro build` really stops and
 * prints them with the file, for each of the two ways a message reaches a writer: Astro's schema validation,
 * and our checks thrown while the pages load the guide (and a diagram that breaks while a page renders). Each builds a temporary copy of this project whose
 * content is the fixture site with one thing broken.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempProject, PROJECT, run, type TempProject } from '../support/temp-project';

const fixture = path.join(PROJECT, 'tests/fixtures/site');
const projects: TempProject[] = [];

async function buildWith(file: string, change: (text: string) => string) {
  const project = await createTempProject();
  projects.push(project);
  await cp(fixture, project.content, { recursive: true });
  const full = path.join(project.content, file);
  await writeFile(full, change(await readFile(full, 'utf8')));
  return run('astro', ['build'], project.root);
}

afterAll(() => Promise.all(projects.map((p) => p.remove())));

describe('building bad content', () => {
  it('stops on a schema error, naming the entry, its file and the field', async () => {
    const result = await buildWith('services/alpha.md', (t) => t.replace(/^summary:.*\n/m, ''));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('services → alpha data does not match collection schema');
    expect(result.output).toContain('summary: summary is required and must be text');
    expect(result.output).toMatch(/services\/alpha\.md/);
  });

  it('stops on a reference to nothing, naming the file and the field', async () => {
    const result = await buildWith('services/alpha.md', (t) => t.replace('category: compute', 'category: computing'));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/services\/alpha\.md: category points to "computing", but there is no such entry in the "categories" collection/);
  });

  it('stops on a diagram Graphviz cannot read, naming the file and the line of the Markdown', async () => {
    const result = await buildWith(
      'services/gamma.md',
      (t) => `${t}\n\`\`\`diagram\ncaption: Logs to findings\ndescription: Logs become findings.\n---\ndigraph {\n  logs -> -> findings\n}\n\`\`\`\n`,
    );
    expect(result.ok).toBe(false);
    const line = (await readFile(path.join(fixture, 'services/gamma.md'), 'utf8')).split('\n').length + 6;
    expect(result.output).toContain(`content/services/gamma.md:${line}: Graphviz cannot draw the diagram (syntax error near '->')`);
    expect(result.output).toContain('Pages that could not be rendered');
  });
});
