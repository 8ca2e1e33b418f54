/**
 * `npm run bench:peers`: builds the synthetic 1,000-service guide with this project and the same
 * pages as a Starlight site, alternately, and prints both builds' figures and their ratios.
 * Starlight is not a dependency: it is installed from the npm registry into a cache folder on
 * first use (with this project's Astro version) and reused afterwards.
 *
 * Times on a shared machine vary by a third from run to run; alternating the builds makes the
 * ratios compare like with like.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { BIN, createTempProject, measure, PROJECT, runScript, type RunResult } from '../support/temp-project.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

const STARLIGHT_VERSION = '0.42.4';
const SERVICES = 1000;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 2);
const MiB = 1024 * 1024;

// ---------------------------------------------------------------- Starlight, installed on demand

const ASTRO_VERSION = (JSON.parse(await readFile(path.join(PROJECT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
/**
 * The install, which is also the Starlight site: with node_modules anywhere but in the project
 * itself (a symlink, a parent folder), Astro fails to resolve Starlight's components. Not under
 * this project's node_modules either, where Vite would treat the site's pages as dependencies.
 */
const STARLIGHT_DIR = path.join(tmpdir(), 'aws-guide-bench-peers', `starlight-${STARLIGHT_VERSION}-astro-${ASTRO_VERSION}`);

async function installStarlight() {
  if (existsSync(path.join(STARLIGHT_DIR, 'node_modules/@astrojs/starlight/package.json'))) return;
  console.log(`Installing @astrojs/starlight@${STARLIGHT_VERSION} with astro@${ASTRO_VERSION} into ${STARLIGHT_DIR} (once)…`);
  await mkdir(STARLIGHT_DIR, { recursive: true });
  const dependencies = { '@astrojs/starlight': STARLIGHT_VERSION, astro: ASTRO_VERSION };
  await writeFile(path.join(STARLIGHT_DIR, 'package.json'), JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies }, null, 2));
  const code = await new Promise<number | null>((resolve) => {
    const npm = spawn('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: STARLIGHT_DIR, stdio: 'inherit' });
    npm.on('close', resolve);
  });
  if (code !== 0) {
    await rm(STARLIGHT_DIR, { recursive: true, force: true });
    throw new Error(`npm install of Starlight failed (exit ${code})`);
  }
}

// ---------------------------------------------------------------- the same pages, as Starlight docs

const STARLIGHT_CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

// A minimal sidebar: one link, as the guide's own navigation is not per page either. The cache stays
// in the site's folder (node_modules is the shared install), so every build starts cold.
export default defineConfig({
  cacheDir: './.cache',
  integrations: [starlight({ title: 'Synthetic guide', sidebar: [{ label: 'Home', link: '/' }] })],
});
`;

const STARLIGHT_COLLECTIONS = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Rewrites each synthetic page as a Starlight doc: the same Markdown body, with a title and description. */
async function convertCorpus(content: string, docs: string) {
  for (const folder of ['services', 'comparisons', 'concepts']) {
    await mkdir(path.join(docs, folder), { recursive: true });
    for (const file of await readdir(path.join(content, folder))) {
      const source = await readFile(path.join(content, folder, file), 'utf8');
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
      const data = parse(frontmatter) as { name?: string; title?: string; summary: string };
      const head = { title: data.name ?? data.title, description: data.summary };
      await writeFile(path.join(docs, folder, file), `---\n${JSON.stringify(head)}\n---\n${body}`);
    }
  }
  await writeFile(path.join(docs, 'index.md'), '---\ntitle: Synthetic guide\ndescription: The benchmark corpus.\n---\n\nEvery synthetic service.\n');
}

/** Writes the Starlight site into the install folder, replacing the last run's. */
async function createStarlightProject(content: string) {
  const root = STARLIGHT_DIR;
  const remove = () => Promise.all(['src', 'astro.config.mjs', 'dist', '.cache'].map((part) => rm(path.join(root, part), { recursive: true, force: true })));
  await remove();
  await writeFile(path.join(root, 'astro.config.mjs'), STARLIGHT_CONFIG);
  await mkdir(path.join(root, 'src'), { recursive: true });
  await writeFile(path.join(root, 'src/content.config.ts'), STARLIGHT_COLLECTIONS);
  await convertCorpus(content, path.join(root, 'src/content/docs'));
  return { root, remove };
}

/** `astro build` with Starlight's own Astro, on this project's Node (the `node` devDependency). */
function buildStarlight(root: string) {
  return measure(path.join(STARLIGHT_DIR, 'node_modules/.bin/astro'), ['build'], root, {
    PATH: `${BIN}${path.delimiter}${process.env['PATH']}`,
  });
}

// ---------------------------------------------------------------- figures

interface Figures {
  seconds: number;
  peakMiB: number;
  content: number | undefined;
  bundle: number | undefined;
  render: number | undefined;
  pagefind: number | undefined;
}

/**
 * The phases from Astro's and Pagefind's own log lines: the content layer (its sync and the types,
 * which "[types] Generated" times together), Vite's "built in", the routes' "Completed in".
 */
function figures(result: RunResult): Figures {
  if (!result.ok) throw new Error(`build failed:\n${result.output.slice(-4000)}`);
  // Astro prints "812ms", "4.20s" or, past a minute, "1m 5s".
  const seconds = (text: string | undefined) => {
    if (text === undefined) return undefined;
    const minutes = /^(\d+)m (\d+)s$/.exec(text);
    if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
    return text.endsWith('ms') ? parseFloat(text) / 1000 : parseFloat(text);
  };
  const DURATION = String.raw`(\d+m \d+s|[\d.]+m?s)`;
  const content = new RegExp(String.raw`\[types\] Generated ${DURATION}`).exec(result.output);
  const vite = [...result.output.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))].map((m) => seconds(m[1])!);
  const routes = new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}`).exec(result.output);
  // Starlight's Pagefind reports "Finished building search index in 1.4s"; ours, "Search index written in 1.40s".
  const pagefind = new RegExp(String.raw`(?:Finished building search index|Search index written) in ${DURATION}`).exec(result.output);
  return {
    seconds: result.seconds,
    peakMiB: result.peakProcessBytes / MiB,
    content: seconds(content?.[1]),
    bundle: vite.length ? vite.reduce((a, b) => a + b, 0) : undefined,
    render: seconds(routes?.[1]),
    pagefind: seconds(pagefind?.[1]),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function printTable(ours: Figures[], theirs: Figures[]) {
  const columns: [label: string, pick: (f: Figures) => number | undefined, unit: string][] = [
    ['wall time', (f) => f.seconds, 's'],
    ['peak memory (largest process)', (f) => f.peakMiB, 'MiB'],
    ['content layer', (f) => f.content, 's'],
    ['Vite bundle step', (f) => f.bundle, 's'],
    ['page rendering', (f) => f.render, 's'],
    ['Pagefind', (f) => f.pagefind, 's'],
  ];
  const cell = (runs: Figures[], pick: (f: Figures) => number | undefined, unit: string) =>
    runs
      .map((f) => pick(f))
      .map((v) => (v === undefined ? '?' : unit === 'MiB' ? `${v.toFixed(0)} ${unit}` : `${v.toFixed(1)} ${unit}`))
      .join(', ');
  const ratio = (pick: (f: Figures) => number | undefined) => {
    const a = ours.map(pick).filter((v): v is number => v !== undefined);
    const b = theirs.map(pick).filter((v): v is number => v !== undefined);
    return a.length && b.length ? `${(median(a) / median(b)).toFixed(2)}×` : '?';
  };
  console.log(`\n${SERVICES} services, ${ROUNDS} alternating rounds; ratio = median of this guide / median of Starlight\n`);
  console.log(`| | ${columns.map(([label]) => label).join(' | ')} |`);
  console.log(`| --- |${' --- |'.repeat(columns.length)}`);
  console.log(`| this guide, \`npm run build\` | ${columns.map(([, pick, unit]) => cell(ours, pick, unit)).join(' | ')} |`);
  console.log(`| Starlight ${STARLIGHT_VERSION}, \`astro build\` | ${columns.map(([, pick, unit]) => cell(theirs, pick, unit)).join(' | ')} |`);
  console.log(`| ratio | ${columns.map(([, pick]) => ratio(pick)).join(' | ')} |`);
}

// ---------------------------------------------------------------- main

await installStarlight();
const ours = await createTempProject();
const categories = await readFile(path.join(PROJECT, 'content/categories.yaml'), 'utf8');
await writeSyntheticCorpus(ours.content, SERVICES, categories);
const starlight = await createStarlightProject(ours.content);
const guideRuns: Figures[] = [];
const starlightRuns: Figures[] = [];
try {
  for (let round = 1; round <= ROUNDS; round++) {
    // Each build starts cold: no content-layer cache, no output from the round before.
    for (const root of [ours.root, starlight.root]) {
      for (const dir of ['.cache', '.astro', 'dist']) await rm(path.join(root, dir), { recursive: true, force: true });
    }
    const guide = figures(await runScript('build', ours.root));
    guideRuns.push(guide);
    console.log(`round ${round}: this guide ${guide.seconds.toFixed(1)} s, ${guide.peakMiB.toFixed(0)} MiB`);
    const peer = figures(await buildStarlight(starlight.root));
    starlightRuns.push(peer);
    console.log(`round ${round}: Starlight ${peer.seconds.toFixed(1)} s, ${peer.peakMiB.toFixed(0)} MiB`);
  }
  printTable(guideRuns, starlightRuns);
} finally {
  await ours.remove();
  await starlight.remove();
}
