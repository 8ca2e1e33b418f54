/** The exam pages: every in-scope entry of the exam files is on its exam's page, linked to its service page when there is one. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtSite } from './built-site';

const site = builtSite();

interface ExamFile {
  categories: { services: { name: string; service?: string }[] }[];
}
const examFiles = readdirSync(path.resolve(import.meta.dirname, '../../content/exams')).filter((f) => f.endsWith('.yaml'));

describe('exam pages', () => {
  it('/exams/ links every exam', () => {
    expect(examFiles.length).toBeGreaterThanOrEqual(2);
    const links = site.get('/exams/')!.links;
    for (const file of examFiles) expect(links).toContain(`/exams/${file.replace(/\.yaml$/, '')}/`);
  });

  it.each(examFiles)('%s: every in-scope entry is a linkable row, linking its page when it has one', (file) => {
    const exam = parse(readFileSync(path.resolve(import.meta.dirname, '../../content/exams', file), 'utf8')) as ExamFile;
    const page = site.get(`/exams/${file.replace(/\.yaml$/, '')}/`)!;
    const entries = exam.categories.flatMap((c) => c.services);
    const rows = [...page.html.matchAll(/<tr id="([^"]+)">([\s\S]*?)<\/tr>/g)];
    expect(rows).toHaveLength(entries.length);
    entries.forEach(({ name, service: slug }, i) => {
      const [, id, cells] = rows[i]!;
      expect(cells, name).toContain(name.replace(/&/g, '&amp;'));
      expect(cells, name).toContain(`href="#${id}"`);
      if (slug) expect(cells, name).toContain(`href="/services/${slug}/"`);
      else expect(cells, name).toContain('Not covered yet');
    });
  });

  it.each(examFiles)('%s: the page count in the introduction is the number of pages the progress box counts', (file) => {
    const html = site.get(`/exams/${file.replace(/\.yaml$/, '')}/`)!.html;
    const topics = JSON.parse(/data-topics="([^"]*)"/.exec(html)![1]!.replaceAll('&quot;', '"')) as string[];
    const pages = /so that makes (\d+) pages\./.exec(html)?.[1] ?? /Every one of the (\d+) in-scope services has a page here\./.exec(html)?.[1];
    expect(Number(pages)).toBe(topics.length);
  });

  it('each service page in an exam says so near its title, linking the exam', () => {
    const lambda = site.get('/services/lambda/')!.html;
    expect(lambda).toMatch(/In scope:<\/span> <a [^>]*href="\/exams\/clf-c02\/"[^>]*>CLF-C02<\/a>, <a [^>]*href="\/exams\/saa-c03\/"[^>]*>SAA-C03<\/a>/);
    const keyspaces = site.get('/services/keyspaces/')!.html;
    expect(keyspaces).toMatch(/In scope:<\/span> <a [^>]*href="\/exams\/saa-c03\/"[^>]*>SAA-C03<\/a>\s*<\/p>/);
  });
});
