/**
 * Content test: the guide's own practice bank keeps the exam-standard rules (src/utils/study/bank.ts),
 * so a writer who adds questions sees here which rule a change breaks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { bankProblems, type BankExam, type BankQuestion } from '../../src/utils/study/bank';

const CONTENT = path.resolve(import.meta.dirname, '../../content');
const yamlFiles = (folder: string) => readdirSync(path.join(CONTENT, folder)).filter((file) => file.endsWith('.yaml'));
const read = (folder: string, file: string): unknown => parse(readFileSync(path.join(CONTENT, folder, file), 'utf8'));

const exams = yamlFiles('exams').map((file) => read('exams', file) as BankExam);
const questions = yamlFiles('questions').flatMap((file) =>
  (read('questions', file) as { questions: (Omit<BankQuestion, 'file'> & { explanation: string })[] }).questions.map((question) => ({ ...question, file })),
);

it('the practice bank fills seven mocks per exam at the official weights, without test-wise cues', () => {
  expect(bankProblems(questions, exams)).toEqual([]);
});

it('explanations name options by what they say, never by a letter: each session shuffles the options', () => {
  const byLetter = /\b(options?|answers?|choices?)\s+[A-F]\b|\([A-F]\)/;
  expect(questions.filter((q) => byLetter.test(q.explanation)).map((q) => `${q.file}: ${q.id}`)).toEqual([]);
});
