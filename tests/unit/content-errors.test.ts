/**
 * Bad content must stop the build with a message that names the file and the field.
 * Each case builds a temporary copy of this project whose content is the valid fixture with one thing broken.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const project = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(project, 'tests/fixtures/valid');
const astro = path.join(project, 'node_modules/.bin/astro');
const roots: string[] = [];

async function build(breakIt: (root: string) => Promise<void>) {
  const root = await mkdtemp(path.join(tmpdir(), 'guide-fixture-'));
  roots.push(root);
  // A copy of this project with the fixture as its content; its own cache, so the real build's stays clean.
  for (const part of ['src', 'public', 'package.json', 'tsconfig.json']) {
    await cp(path.join(project, part), path.join(root, part), { recursive: true });
  }
  await cp(path.join(project, 'astro.config.mjs'), path.join(root, 'project.config.mjs'));
  await writeFile(path.join(root, 'astro.config.mjs'), `import config from './project.config.mjs';\nexport default { ...config, cacheDir: './.cache' };\n`);
  await symlink(path.join(project, 'node_modules'), path.join(root, 'node_modules'));
  await cp(fixture, path.join(root, 'content'), { recursive: true });
  await breakIt(root);
  try {
    await promisify(execFile)(astro, ['build'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    return { ok: true, output: '' };
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return { ok: false, output: `${stdout}\n${stderr}` };
  }
}

async function edit(root: string, file: string, change: (text: string) => string) {
  const full = path.join(root, 'content', file);
  await writeFile(full, change(await readFile(full, 'utf8')));
}

afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

describe('building bad content', () => {
  it('builds the valid fixture', async () => {
    expect(await build(async () => {})).toEqual({ ok: true, output: '' });
  });

  it('fails on an unknown category, naming the file and the field', async () => {
    const result = await build((root) => edit(root, 'services/alpha.mdx', (t) => t.replace('category: compute', 'category: computing')));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/services\/alpha\.mdx: category points to "computing", but there is no such entry in the "categories" collection/);
  });

  it('fails on a reference to a service that does not exist, naming the file and the field', async () => {
    const result = await build((root) => edit(root, 'services/alpha.mdx', (t) => t.replace('related: [beta]', 'related: [beta, gamma]')));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/services\/alpha\.mdx: related\[1\] points to "gamma", but there is no such entry in the "services" collection/);
  });

  it('fails on a missing summary, naming the file and the field', async () => {
    const result = await build((root) => edit(root, 'services/beta.mdx', (t) => t.replace(/^summary:.*\n/m, '')));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('services → beta data does not match collection schema');
    expect(result.output).toContain('summary: summary is required and must be text');
    expect(result.output).toMatch(/services\/beta\.mdx/);
  });
});
