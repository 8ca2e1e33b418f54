/**
 * `npm run pdf`: prints each exam's print page (`/print/<exam>/`) of the built site in dist/ to
 * `pdf/<exam>.pdf`, with the Chromium the end-to-end tests use. Not part of `npm run build`,
 * which needs no browser. The PDFs are tagged and carry an outline (bookmarks) from the headings.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The exams, by the files in content/exams/ (their ids are the print pages' slugs). */
export async function examIds(): Promise<string[]> {
  return (await readdir(path.join(ROOT, 'content/exams')))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** Writes one PDF per exam (all of them unless `exams` names some) into `outDir` and returns their paths. */
export async function writePdfs({
  dist = path.join(ROOT, 'dist'),
  outDir = path.join(ROOT, 'pdf'),
  exams,
}: { dist?: string; outDir?: string; exams?: string[] } = {}): Promise<string[]> {
  if (!existsSync(path.join(dist, 'print'))) throw new Error(`No print pages in ${dist}: run \`npm run build\` first.`);
  await mkdir(outDir, { recursive: true });
  const server = await serveStatic(dist, 0);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const written: string[] = [];
    for (const exam of exams ?? (await examIds())) {
      await page.goto(`${server.url}/print/${exam}/`, { waitUntil: 'load' });
      const file = path.join(outDir, `${exam}.pdf`);
      await page.pdf({
        path: file,
        format: 'A4',
        printBackground: true,
        outline: true,
        tagged: true,
        margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' },
      });
      written.push(file);
    }
    return written;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) {
  for (const file of await writePdfs()) console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}
