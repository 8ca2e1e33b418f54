/**
 * A throwaway copy of this project with content of the caller's choosing, for tests that must
 * build a site other than ours (bad content that must fail) and for the benchmark's large
 * synthetic corpus. It keeps its own cache and output, so the real build's stay untouched.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PROJECT = path.resolve(import.meta.dirname, '../..');

export interface TempProject {
  root: string;
  content: string;
  remove: () => Promise<void>;
}

/** Copies the code (not the content) into a new temporary folder; `content/` starts empty. */
export async function createTempProject(): Promise<TempProject> {
  const root = await mkdtemp(path.join(tmpdir(), 'guide-project-'));
  for (const part of ['src', 'public', 'package.json', 'tsconfig.json']) {
    await cp(path.join(PROJECT, part), path.join(root, part), { recursive: true });
  }
  await cp(path.join(PROJECT, 'astro.config.mjs'), path.join(root, 'project.config.mjs'));
  await writeFile(path.join(root, 'astro.config.mjs'), `import config from './project.config.mjs';\nexport default { ...config, cacheDir: './.cache' };\n`);
  await symlink(path.join(PROJECT, 'node_modules'), path.join(root, 'node_modules'));
  return { root, content: path.join(root, 'content'), remove: () => rm(root, { recursive: true, force: true }) };
}

export interface RunResult {
  ok: boolean;
  output: string;
  seconds: number;
  /** Highest resident memory of the process and its children together, in bytes (Linux). */
  peakBytes: number;
  /** Highest resident memory of any one of them (the largest process), in bytes (Linux). */
  peakProcessBytes: number;
}

/** Resident memory of a process and all its descendants (their sum and the largest), read from /proc. */
async function treeRss(pid: number): Promise<{ total: number; largest: number }> {
  const stats = await Promise.all((await readdir('/proc')).filter((d) => /^\d+$/.test(d)).map((d) => readFile(`/proc/${d}/stat`, 'utf8').catch(() => '')));
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const stat of stats) {
    // The command name may contain spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const id = Number(stat.slice(0, stat.indexOf(' ')));
    const parent = Number(fields[1]);
    children.set(parent, [...(children.get(parent) ?? []), id]);
    rss.set(id, Number(fields[21]) * 4096);
  }
  let total = 0;
  let largest = 0;
  const queue = [pid];
  while (queue.length) {
    const id = queue.pop()!;
    total += rss.get(id) ?? 0;
    largest = Math.max(largest, rss.get(id) ?? 0);
    queue.push(...(children.get(id) ?? []));
  }
  return { total, largest };
}

export const BIN = path.join(PROJECT, 'node_modules/.bin');

/** Runs an npm-installed command in `cwd`, timing it and sampling its memory. */
export function run(command: string, args: string[], cwd: string): Promise<RunResult> {
  return measure(path.join(BIN, command), args, cwd);
}

/**
 * Runs one of package.json's scripts in `cwd` the way npm would (a shell, with the installed
 * binaries on the PATH) but without npm's own process, whose memory is not the script's.
 */
export async function runScript(name: string, cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const { scripts } = JSON.parse(await readFile(path.join(cwd, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return measure('sh', ['-c', scripts[name]!], cwd, { ...env, PATH: `${BIN}${path.delimiter}${process.env.PATH}` });
}

/**
 * What Vitest adds to the environment (NODE_ENV=test, and import.meta.env's BASE_URL, MODE, DEV…):
 * a build started from a test would take them over and build another site (BASE_URL overrides `base`).
 */
const RUNNER_VARIABLES = /^(VITEST\w*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

export function measure(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !RUNNER_VARIABLES.test(key)));
  const child = spawn(command, args, { cwd, env: { ...inherited, ...env, NO_COLOR: '1' } });
  const started = performance.now();
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakBytes = 0;
  let peakProcessBytes = 0;
  const sampler = setInterval(async () => {
    if (!child.pid) return;
    const { total, largest } = await treeRss(child.pid);
    peakBytes = Math.max(peakBytes, total);
    peakProcessBytes = Math.max(peakProcessBytes, largest);
  }, 100);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ ok: code === 0, output, seconds: (performance.now() - started) / 1000, peakBytes, peakProcessBytes });
    });
  });
}
