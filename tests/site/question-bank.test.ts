/**
 * Content test: the guide's own practice bank keeps the exam-standard rules (src/utils/study/bank.ts),
 * so a writer who adds questions sees here which rule a change breaks.
 */
import { expect, it } from 'vitest';
import { bankProblems, type BankExam, type BankQuestion } from '../../src/utils/study/bank';
import { contentYaml } from './content-files';

const exams = contentYaml<BankExam>('exams');
const questions = contentYaml<{ questions: (Omit<BankQuestion, 'file'> & { explanation: string })[] }>('questions').flatMap(({ file, questions }) =>
  questions.map((question) => ({ ...question, file })),
);

it('the practice bank fills seven mocks per exam at the official weights, without test-wise cues', () => {
  expect(bankProblems(questions, exams)).toEqual([]);
});

it('explanations name options by what they say, never by a letter: each session shuffles the options', () => {
  const byLetter = /\b(options?|answers?|choices?)\s+[A-F]\b|\([A-F]\)/;
  expect(questions.filter((q) => byLetter.test(q.explanation)).map((q) => `${q.file}: ${q.id}`)).toEqual([]);
});
