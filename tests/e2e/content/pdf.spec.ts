/** `npm run pdf`: one PDF per exam, long enough to hold every topic, opening with the exam's title. */
import { expect, test } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { examIds, writePdfs } from '../../../scripts/pdf';

/**
 * `npm run pdf` prints every exam; this prints the smallest one (about 200 pages; CLF-C02 and SAA-C03 measured
 * at 570 and 603), which exercises the same code in a third of the time.
 */
const EXAM = { id: 'aif-c01', title: 'AWS Certified AI Practitioner (AIF-C01)', minPages: 150, minTopics: 60 };

test('npm run pdf covers every exam, and writes an exam’s PDF with every topic in it, its title first', async () => {
  test.setTimeout(180_000);
  expect(await examIds()).toEqual(['aif-c01', 'clf-c02', 'dva-c03', 'saa-c03']);
  const outDir = await mkdtemp(path.join(tmpdir(), 'guide-pdf-'));
  try {
    const written = await writePdfs({ outDir, exams: [EXAM.id] });
    expect(written.map((file) => path.basename(file))).toEqual([`${EXAM.id}.pdf`]);
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(written[0]!)));
    expect(pdf.numPages).toBeGreaterThanOrEqual(EXAM.minPages);
    const { text } = await extractText(pdf, { mergePages: false });
    expect(text[0]!.replace(/\s+/g, ' ').trim().startsWith(`${EXAM.title} All `)).toBe(true);
    // Tagged, with bookmarks: the outline starts at the title heading.
    const outline = await pdf.getOutline();
    expect(outline.length).toBeGreaterThan(0);
    expect(outline[0]!.items.length).toBeGreaterThan(EXAM.minTopics);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
});
