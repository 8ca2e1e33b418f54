/** `npm run pdf`: one PDF per exam, long enough to hold every topic, opening with the exam's title. */
import { expect, test } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { writePdfs } from '../../../scripts/pdf';

/** Each print page opens with its exam's name; CLF-C02 and SAA-C03 measured at 570 and 603 pages (151 and 160 topics). */
const EXPECTED = [
  { file: 'aif-c01.pdf', title: 'AWS Certified AI Practitioner (AIF-C01)', minPages: 150, minTopics: 60 },
  { file: 'clf-c02.pdf', title: 'AWS Certified Cloud Practitioner (CLF-C02)', minPages: 400, minTopics: 100 },
  { file: 'saa-c03.pdf', title: 'AWS Certified Solutions Architect – Associate (SAA-C03)', minPages: 400, minTopics: 100 },
];

test('npm run pdf writes each exam’s PDF, every topic in it, its title first', async () => {
  test.setTimeout(300_000);
  const outDir = await mkdtemp(path.join(tmpdir(), 'guide-pdf-'));
  try {
    const written = await writePdfs({ outDir });
    expect(written.map((file) => path.basename(file))).toEqual(EXPECTED.map((e) => e.file));
    for (const { file, title, minPages, minTopics } of EXPECTED) {
      const pdf = await getDocumentProxy(new Uint8Array(await readFile(path.join(outDir, file))));
      expect(pdf.numPages, file).toBeGreaterThanOrEqual(minPages);
      const { text } = await extractText(pdf, { mergePages: false });
      expect(text[0]!.replace(/\s+/g, ' ').trim().startsWith(`${title} All `), file).toBe(true);
      // Tagged, with bookmarks: the outline starts at the title heading.
      const outline = await pdf.getOutline();
      expect(outline.length, file).toBeGreaterThan(0);
      expect(outline[0]!.items.length, file).toBeGreaterThan(minTopics);
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
});
