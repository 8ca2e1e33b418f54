/**
 * A synthetic guide of any size, shaped like the real one: services of about a thousand words
 * with headings, lists, a captioned comparison table, exam tips, key facts and related links,
 * plus comparisons and concepts. Deterministic, so runs compare like with like.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

const WORDS = (
  'instance volume bucket object region zone replica cluster node shard stream queue topic function container image ' +
  'task service endpoint gateway listener target policy role permission key encryption snapshot backup restore ' +
  'latency throughput capacity scaling elastic durable available managed serverless provisioned on-demand reserved ' +
  'spot savings storage compute network database cache index query table item record partition schema catalog ' +
  'pipeline job batch event trigger schedule metric alarm log trace audit compliance account organization billing ' +
  'price tier class lifecycle transition archive retrieval version replication failover standby primary secondary ' +
  'read write consistent eventual strong transaction ledger graph document key-value time-series warehouse lake'
).split(' ');

const CATEGORIES = ['compute', 'containers', 'storage', 'database', 'analytics', 'networking', 'management', 'developer-tools', 'migration', 'blockchain'];

/** A small seeded generator (mulberry32): the same corpus on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every topic's required sources and review date: the same for all, as the bench measures the build, not the facts. */
const PROVENANCE = 'sources:\n  - title: AWS documentation\n    url: https://docs.aws.amazon.com/\nreviewed: "2026-11-01"';

export async function writeSyntheticCorpus(contentDir: string, services: number, categoriesYaml: string) {
  const next = random(services);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = () => {
    const s = words(8 + Math.floor(next() * 10));
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 4 }, sentence).join(' ');
  const slug = (i: number) => `service-${String(i).padStart(4, '0')}`;

  await mkdir(path.join(contentDir, 'services'), { recursive: true });
  await mkdir(path.join(contentDir, 'comparisons'), { recursive: true });
  await mkdir(path.join(contentDir, 'concepts'), { recursive: true });
  await writeFile(path.join(contentDir, 'categories.yaml'), categoriesYaml);
  // Each service fills the facets its category compares services on, as real ones must.
  const facetIds = new Map((parse(categoriesYaml) as { id: string; facets?: { id: string }[] }[]).map((c) => [c.id, (c.facets ?? []).map((f) => f.id)]));

  for (let i = 0; i < services; i++) {
    const category = CATEGORIES[i % CATEGORIES.length]!;
    const related = [1, 2, 3].map((d) => slug((i + d * 7) % services)).filter((s) => s !== slug(i));
    const sections = Array.from({ length: 6 }, (_, s) => {
      const list = Array.from({ length: 4 }, () => `- ${sentence()}`).join('\n');
      const table =
        s === 2
          ? `\nTable: ${words(3)} compared\n\n| Feature | Option A | Option B | Option C |\n| --- | --- | --- | --- |\n` +
            Array.from({ length: 6 }, (_, r) => `| ${words(2)} ${r} | ${words(3)} | ${words(3)} | ${words(3)} |`).join('\n') +
            '\n'
          : '';
      return `## Section ${s + 1} ${words(2)}\n\n${paragraph()}\n\n${list}\n${table}\n### Detail ${s + 1}\n\n${paragraph()}\n`;
    }).join('\n');
    await writeFile(
      path.join(contentDir, 'services', `${slug(i)}.md`),
      `---
name: Amazon Synthetic Service ${i}
shortName: SS${i}
aliases: [synthetic ${i}, ${words(2)}]
category: ${category}
facets:
${(facetIds.get(category) ?? []).map((id) => `  ${id}: ${words(3)}`).join('\n')}
summary: A synthetic service number ${i} that ${words(10)}.
related: [${related.join(', ')}]
examTips:
  - ${sentence()}
  - ${sentence()}
  - ${sentence()}
keyFacts:
  - label: Maximum size
    value: ${1 + (i % 50)} TB
  - label: Pricing
    value: per ${pick(['hour', 'request', 'GB', 'second'])}
${PROVENANCE}
---

${paragraph()} ${paragraph()}

${sections}`,
    );
  }
  for (let c = 0; c < Math.max(2, Math.floor(services / 50)); c++) {
    await writeFile(
      path.join(contentDir, 'comparisons', `comparison-${c}.md`),
      `---\ntitle: Synthetic comparison ${c}\nsubjects: [${slug(c)}, ${slug((c + 1) % services)}]\nsummary: Compares two synthetic services side by side, for the benchmark.\n${PROVENANCE}\n---\n\n${paragraph()}\n\nTable: Side by side\n\n| Feature | A | B |\n| --- | --- | --- |\n${Array.from({ length: 8 }, (_, r) => `| ${words(2)} ${r} | ${words(4)} | ${words(4)} |`).join('\n')}\n\n## Which to choose\n\n${paragraph()}\n`,
    );
  }
  await writeFile(
    path.join(contentDir, 'concepts', 'synthetic-concept.md'),
    `---\ntitle: Synthetic concept\nsummary: A concept page that exists so every page type is built.\nrelated: [${slug(0)}]\n${PROVENANCE}\n---\n\n${paragraph()}\n`,
  );
}
