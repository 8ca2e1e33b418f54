import { describe, expect, it } from 'vitest';
import { bankProblems, keyIsLongest, mocksAtWeights, questionsPerTask, type BankExam, type BankQuestion } from '../../src/utils/study/bank';

const exam: BankExam = {
  code: 'FIX-C01',
  domains: [
    { name: 'One', weight: 60, tasks: [{ number: '1.1' }] },
    { name: 'Two', weight: 40, tasks: [{ number: '2.1' }, { number: '2.2' }] },
  ],
  format: { questions: 65 },
};
const associate: BankExam = { ...exam, code: 'SAA-C99' };

let next = 0;
/** A question in `file`, its key at `key`, options of equal length unless given. */
const q = (fields: Partial<BankQuestion> = {}): BankQuestion => ({
  id: `q${next++}`,
  file: 'a.yaml',
  exams: { 'FIX-C01': '1.1' },
  question: 'Which option is right?',
  options: ['Option 1', 'Option 2', 'Option 3', 'Option 4'],
  answer: ['A'],
  ...fields,
});
const many = (count: number, fields: (i: number) => Partial<BankQuestion>) => Array.from({ length: count }, (_, i) => q(fields(i)));

describe('the practice bank rules', () => {
  it('count the mocks a bank fills at the official weights, limited by its scarcest domain', () => {
    // One mock needs 39 of domain One (60% of 65) and 26 of Two.
    const bank = [...many(80, () => ({ exams: { 'FIX-C01': '1.1' } })), ...many(26, () => ({ exams: { 'FIX-C01': '2.1' } }))];
    expect(mocksAtWeights(bank, exam)).toBe(1);
    expect(mocksAtWeights([...bank, ...many(26, () => ({ exams: { 'FIX-C01': '2.1' } }))], exam)).toBe(2);
  });

  it('ask each task statement for its share of its domain in the mocks required, and never fewer than 8', () => {
    // Three mocks give domain Two 78 questions (40% of 65, three times), shared by its two tasks.
    expect(questionsPerTask(exam, exam.domains[1]!, 3)).toBe(39);
    expect(questionsPerTask(exam, exam.domains[1]!, 0)).toBe(8);
  });

  it('see a key strictly longer than every other option, and only then', () => {
    expect(keyIsLongest(q({ options: ['The longest option of all', 'Short', 'Short', 'Short'] }))).toBe(true);
    expect(keyIsLongest(q({ options: ['Same length', 'Same length', 'Short', 'Short'] }))).toBe(false);
    expect(keyIsLongest(q({ options: ['The longest option of all', 'Short', 'Short', 'Short', 'Short'], answer: ['A', 'B'] }))).toBe(false);
  });

  it('name each rule a bank breaks', () => {
    const positions = (i: number) => ({ answer: ['ABCD'[i % 4]!], file: `f${i % 5}.yaml` });
    // The first 40 keys are the one long option; the rest are as long as the others.
    const longKey = (i: number) => ({ options: ['Option 1', 'Option 2', 'Option 3', 'Option 4'].map((o, j) => (j === i % 4 ? 'The longest option' : o)) });
    const bank = many(100, (i) => ({ ...positions(i), ...(i < 40 ? longKey(i) : {}) }));
    expect(bankProblems(bank, [exam], { 'FIX-C01': 3 })).toEqual([
      'the key is the longest option in 40.0% of single-answer questions (at most 30%)',
      'FIX-C01: the bank fills 0 mocks at the official weights (at least 3)',
      'FIX-C01 1.1: 100 questions (at least 117)',
      'FIX-C01 2.1: 0 questions (at least 39)',
      'FIX-C01 2.2: 0 questions (at least 39)',
      'FIX-C01: 0.0% of questions are multiple response (15–25%)',
    ]);
  });

  it('find a file whose keys all sit in one position, and ask associate exams for qualifiers', () => {
    const bank = [
      ...many(3, () => ({ file: 'all-a.yaml' })),
      ...many(4, (i) => ({
        exams: { 'SAA-C99': '1.1' },
        answer: i === 0 ? ['A', 'B'] : ['ABCD'[i]!],
        options: ['1', '2', '3', '4', '5'].slice(0, i === 0 ? 5 : 4),
      })),
    ];
    const tooFew = ['SAA-C99 1.1: 4 questions (at least 8)', 'SAA-C99 2.1: 0 questions (at least 8)', 'SAA-C99 2.2: 0 questions (at least 8)'];
    expect(bankProblems(bank, [associate], {})).toEqual([
      'all-a.yaml: every single-answer key is A',
      ...tooFew,
      'SAA-C99: 0.0% of questions decide on a qualifier (at least 25%)',
    ]);
    const qualified = bank.map((question) => ({ ...question, question: 'Which solution meets these requirements with the LEAST operational overhead?' }));
    expect(bankProblems(qualified, [associate], {})).toEqual(['all-a.yaml: every single-answer key is A', ...tooFew]);
  });
});
