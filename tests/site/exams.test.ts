/** The exam pages: every in-scope entry of the exam files is on its exam's page, linked to its service page when there is one. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtSite } from './built-site';
import { contentYaml } from './content-files';

const site = builtSite();

interface ExamFile {
  code: string;
  domains: { tasks: { number: string; sections: string[] }[] }[];
  categories: { services: { name: string; service?: string }[] }[];
}
const examFile = (file: string) => parse(readFileSync(path.resolve(import.meta.dirname, '../../content/exams', file), 'utf8')) as ExamFile;

/** Every question's task statement per exam, from content/questions. */
const questionTasks = contentYaml<{ questions: { exams: Record<string, string> }[] }>('questions').flatMap((f) => f.questions.map((q) => q.exams));
const examFiles = readdirSync(path.resolve(import.meta.dirname, '../../content/exams')).filter((f) => f.endsWith('.yaml'));

describe('exam pages', () => {
  it('/exams/ links every exam', () => {
    expect(examFiles.length).toBeGreaterThanOrEqual(2);
    const links = site.get('/exams/')!.links;
    for (const file of examFiles) expect(links).toContain(`/exams/${file.replace(/\.yaml$/, '')}/`);
  });

  it.each(examFiles)('%s: every in-scope entry is a linkable row, linking its page when it has one', (file) => {
    const exam = examFile(file);
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
    const pages =
      /so that makes (\d+) pages\./.exec(html)?.[1] ??
      /Every one of the (\d+) in-scope services has a page here\./.exec(html)?.[1] ??
      /(\d+) of the \d+ in-scope services have a page here\./.exec(html)?.[1];
    expect(Number(pages)).toBe(topics.length);
  });

  it.each(examFiles)('%s: every task statement is a linkable section of the page, with ≥ 2 sections that exist and ≥ 8 questions', (file) => {
    const exam = examFile(file);
    const slug = file.replace(/\.yaml$/, '');
    const page = site.get(`/exams/${slug}/`)!;
    const tasks = exam.domains.flatMap((d) => d.tasks);
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      const id = `task-${task.number.replace('.', '-')}`;
      expect(
        page.ids.filter((i) => i === id),
        id,
      ).toHaveLength(1);
      expect(page.links, id).toContain(`#${id}`);
      expect(task.sections.length, id).toBeGreaterThanOrEqual(2);
      for (const section of task.sections) {
        const [pagePath, fragment] = section.split('#');
        expect(site.get(pagePath!)?.ids ?? [], `${id}: ${section}`).toContain(fragment);
        expect(page.links, `${id}: ${section}`).toContain(section);
      }
      expect(questionTasks.filter((q) => q[exam.code] === task.number).length, id).toBeGreaterThanOrEqual(8);
      expect(page.links, id).toContain(`/practice/?deck=exam-${slug}&task=${task.number}`);
    }
    for (const p of [`/exams/${slug}/path/`, `/exams/${slug}/mock/`]) expect(page.links).toContain(p);
  });

  it('each service page in an exam says so near its title, linking the exam', () => {
    const lambda = site.get('/services/lambda/')!.html;
    expect(lambda).toMatch(
      /In scope:<\/span> <a [^>]*href="\/exams\/aif-c01\/"[^>]*>AIF-C01<\/a>, <a [^>]*href="\/exams\/clf-c02\/"[^>]*>CLF-C02<\/a>, <a [^>]*href="\/exams\/dva-c03\/"[^>]*>DVA-C03<\/a>, <a [^>]*href="\/exams\/saa-c03\/"[^>]*>SAA-C03<\/a>/,
    );
    const keyspaces = site.get('/services/keyspaces/')!.html;
    expect(keyspaces).toMatch(/In scope:<\/span> <a [^>]*href="\/exams\/saa-c03\/"[^>]*>SAA-C03<\/a>\s*<\/p>/);
  });
});
