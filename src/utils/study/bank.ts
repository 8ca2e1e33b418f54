/**
 * The rules the practice bank keeps so that practice rehearses the real exam (issues 25 and 27): enough
 * questions for full mocks at each exam's official domain weights and for each task statement's share
 * of them, multiple response at about the exam's share, associate questions that decide on AWS's
 * qualifiers, and no test-wise cue (the key being the longest option, or sitting in one position
 * throughout a file).
 */

import { domainOfTask } from '../exams';
import { OPTION_LETTERS } from './practice';

/** What the rules read of a question. */
export interface BankQuestion {
  id: string;
  /** Multiple choice unless it says otherwise; the rules on options and keys read choice questions only. */
  type?: string;
  /** The file it is filed in, for messages. */
  file: string;
  /** Exam code → the exam's task statement it tests: "1.2". */
  exams: Record<string, string>;
  question: string;
  options?: string[];
  answer?: string[];
}

/** The choice questions among `questions`, with their options and answer. */
const choiceOnly = (questions: readonly BankQuestion[]) =>
  questions.flatMap((q) => ((q.type ?? 'choice') === 'choice' && q.options && q.answer ? [{ ...q, options: q.options, answer: q.answer }] : []));

export interface BankExam {
  code: string;
  domains: { name: string; weight: number; tasks: { number: string }[] }[];
  /** The mock's length: the exam's questions, scored and unscored alike. */
  format: { questions: number };
}

/** The exams whose bank must fill this many non-overlapping mocks (issues 27 and 29). */
export const MOCKS_REQUIRED: Record<string, number> = { 'CLF-C02': 7, 'SAA-C03': 7, 'AIF-C01': 4, 'DVA-C03': 4 };

/** Associate and professional exams decide on a qualifier; foundational ones may ask for recall. */
const DECIDES_ON_QUALIFIER = /^(SAA|DVA|SOA|DEA|MLA|SAP|DOP)-/;

/** The phrases AWS's items decide on: “LEAST operational overhead”, “MOST cost-effective”, “highest availability”… */
export const QUALIFIER =
  /\b(least (operational|management|administrative) (overhead|effort)|least (amount of )?(effort|expensive|cost|downtime|latency)|most cost[- ]effective(ly)?|most (operationally )?efficient|most secure|most (highly )?available|highest availability|most resilient|most scalable|lowest (cost|latency)|fewest (changes|steps)|(minimi[sz]e|reduce)s? (cost|latency|operational overhead))\b/i;

/** Whether a single-answer question's key is strictly longer than every other option: a cue a test-wise reader can use. */
export function keyIsLongest(q: BankQuestion): boolean {
  if (!q.options || q.answer?.length !== 1) return false;
  const key = OPTION_LETTERS.indexOf(q.answer[0]!);
  const length = q.options[key]?.length ?? 0;
  return q.options.every((option, i) => i === key || option.length < length);
}

/** How many non-overlapping mocks the exam's questions fill at its official domain weights. */
export function mocksAtWeights(questions: readonly BankQuestion[], exam: BankExam): number {
  const perDomain = new Map<string, number>();
  for (const q of questions) {
    const domain = domainOfTask(exam.domains, q.exams[exam.code] ?? '')?.name;
    if (domain !== undefined) perDomain.set(domain, (perDomain.get(domain) ?? 0) + 1);
  }
  return Math.min(...exam.domains.map((d) => Math.floor((perDomain.get(d.name) ?? 0) / ((exam.format.questions * d.weight) / 100))));
}

/** The fewest questions a task statement needs: its share of its domain's questions in `mocks` mocks, and never fewer than 8. */
export const questionsPerTask = (exam: BankExam, domain: BankExam['domains'][number], mocks: number) =>
  Math.max(8, Math.ceil((mocks * exam.format.questions * domain.weight) / 100 / domain.tasks.length));

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

/** Every rule the bank breaks, one line each; empty when it holds. */
export function bankProblems(questions: readonly BankQuestion[], exams: readonly BankExam[], required = MOCKS_REQUIRED): string[] {
  const problems: string[] = [];
  const single = choiceOnly(questions).filter((q) => q.answer.length === 1);
  const longest = single.filter(keyIsLongest).length;
  if (longest > 0.3 * single.length)
    problems.push(`the key is the longest option in ${percent(longest, single.length)} of single-answer questions (at most 30%)`);

  const keysByFile = new Map<string, Set<string>>();
  const countByFile = new Map<string, number>();
  for (const q of single) {
    keysByFile.set(q.file, (keysByFile.get(q.file) ?? new Set()).add(q.answer[0]!));
    countByFile.set(q.file, (countByFile.get(q.file) ?? 0) + 1);
  }
  for (const [file, keys] of keysByFile) {
    if (keys.size === 1 && (countByFile.get(file) ?? 0) >= 3) problems.push(`${file}: every single-answer key is ${[...keys][0]!}`);
  }

  for (const exam of exams) {
    const own = questions.filter((q) => exam.code in q.exams);
    if (own.length === 0) continue;
    const mocks = mocksAtWeights(own, exam);
    const needed = required[exam.code] ?? 0;
    if (mocks < needed) problems.push(`${exam.code}: the bank fills ${mocks} mocks at the official weights (at least ${needed})`);
    for (const domain of exam.domains) {
      const least = questionsPerTask(exam, domain, needed);
      for (const task of domain.tasks) {
        const count = own.filter((q) => q.exams[exam.code] === task.number).length;
        if (count < least) problems.push(`${exam.code} ${task.number}: ${count} questions (at least ${least})`);
      }
    }
    const multiple = choiceOnly(own).filter((q) => q.answer.length > 1).length;
    if (multiple < 0.15 * own.length || multiple > 0.25 * own.length) {
      problems.push(`${exam.code}: ${percent(multiple, own.length)} of questions are multiple response (15–25%)`);
    }
    const qualified = own.filter((q) => QUALIFIER.test(q.question)).length;
    if (DECIDES_ON_QUALIFIER.test(exam.code) && qualified < 0.25 * own.length) {
      problems.push(`${exam.code}: ${percent(qualified, own.length)} of questions decide on a qualifier (at least 25%)`);
    }
  }
  return problems;
}
