import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { topicPathPattern } from '../utils/routes';
import { OPTION_LETTERS } from '../utils/study/practice';
import { text } from './common';

const CHOOSE = { 2: '(Choose two.)', 3: '(Choose three.)' } as const;

/** What every item has, whatever its type. */
const itemFields = {
  id: z
    .string({ error: 'id is required' })
    .regex(/^[a-z0-9-]+$/, 'id is a lower-case slug unique across the guide, such as "sqs-visibility-timeout"')
    .describe('Stable id: progress kept in readers’ browsers refers to it, so never reuse or rename one.'),
  exams: z
    .record(
      z.string().regex(/^[A-Z]{3}-C\d{2}$/, 'exams keys are exam codes such as "SAA-C03"'),
      z
        .string({ error: 'exams values are task statement numbers in quotes, such as "1.2"' })
        .regex(/^\d+\.\d+$/, 'exams values are task statement numbers, such as "1.2"'),
    )
    .refine((exams) => Object.keys(exams).length > 0, 'exams must name at least one exam and its task statement')
    .describe(
      'Exam code → the task statement of that exam the question tests, by its number in content/exams/: `SAA-C03: "1.2"`. The domain follows from the number.',
    ),
  services: z
    .array(reference('services'))
    .min(1, 'services must list at least one service the question tests')
    .describe('The services the question tests: it joins each one’s practice deck.'),
  question: text('question', 20).describe('A short scenario with the deciding constraint; “(Choose two.)” at the end for two answers.'),
  explanation: text('explanation', 80).describe(
    'Why the key is right and, in a sentence each, why every other option (order, pairing) is wrong, naming options by what they say.',
  ),
  proof: z
    .string({ error: 'proof is required' })
    .regex(topicPathPattern('required'), 'proof is a path with a #fragment, such as "/services/sqs/#visibility-timeout"')
    .describe('The section or table row that states the deciding fact; the site tests prove the id exists.'),
};

/** Multiple choice (one answer) and multiple response (“Choose two.”): the exams' usual items. */
const choiceSchema = z
  .object({
    type: z.literal('choice').describe('Leave out: a question without `type` is multiple choice or multiple response.'),
    ...itemFields,
    options: z.array(text('each option')).min(4, 'options: at least 4').max(6, 'options: at most 6').describe('The choices, lettered A, B, C… in this order.'),
    answer: z
      .array(z.enum(OPTION_LETTERS.split('') as [string, ...string[]], { error: 'answer letters are A to F' }))
      .min(1, 'answer must give at least one letter')
      .max(3, 'answer gives at most three letters')
      .describe('Letters of the right options.'),
  })
  .superRefine((q, ctx) => {
    const single = q.answer.length === 1;
    const [min, max] = single ? [4, 5] : [5, 6];
    // Fewer than 4 or more than 6 options already has a message of its own.
    const inRange = q.options.length >= 4 && q.options.length <= 6;
    if (inRange && (q.options.length < min || q.options.length > max)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `a question with ${q.answer.length} answer(s) has ${min} or ${max} options` });
    }
    const letters = OPTION_LETTERS.slice(0, q.options.length);
    if (new Set(q.answer).size !== q.answer.length || q.answer.some((a) => !letters.includes(a))) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `answer letters must be among ${letters.split('').join(', ')}, each once` });
    }
    const choose = q.answer.length in CHOOSE ? CHOOSE[q.answer.length as keyof typeof CHOOSE] : undefined;
    if (choose ? !q.question.endsWith(choose) : /\bchoose\b/i.test(q.question)) {
      ctx.addIssue({
        code: 'custom',
        path: ['question'],
        message: choose ? `a question with ${q.answer.length} answers ends with “${choose}”` : 'a single-answer question does not say “Choose”',
      });
    }
  });

/** An ordering item: put 3 to 5 steps in order; right only when every step is in its place. */
const orderingSchema = z.object({
  type: z.literal('ordering'),
  ...itemFields,
  items: z
    .array(text('each item'))
    .min(3, 'items: at least 3 to put in order')
    .max(5, 'items: at most 5 to put in order')
    .describe('The steps in their right order; readers see them shuffled.'),
});

/** A matching item: pair each of 3 to 7 prompts with a response; right only when every pair is. */
const matchingSchema = z.object({
  type: z.literal('matching'),
  ...itemFields,
  pairs: z
    .array(z.object({ prompt: text('pairs[].prompt'), response: text('pairs[].response') }))
    .min(3, 'pairs: at least 3 prompts to match')
    .max(7, 'pairs: at most 7 prompts to match')
    .describe('Each prompt with its right response. A response may serve several prompts.'),
  extraResponses: z.array(text('each extra response')).default([]).describe('Responses that match no prompt, offered alongside the right ones.'),
});

export const QUESTION_TYPES = ['choice', 'ordering', 'matching'] as const;

/** A question as a writer writes it: a choice question needs no `type`. */
export type QuestionInput = Omit<z.input<typeof choiceSchema>, 'type'> | z.input<typeof orderingSchema> | z.input<typeof matchingSchema>;

/**
 * One practice question. `type` says which kind of item it is; without it, the question is multiple
 * choice (or multiple response), which is what most exam items are.
 */
export const questionSchema = z.preprocess(
  (value) => (typeof value === 'object' && value !== null && !('type' in value) ? { ...value, type: 'choice' } : value),
  z.discriminatedUnion('type', [choiceSchema, orderingSchema, matchingSchema], {
    error: `type is one of: ${QUESTION_TYPES.join(', ')} (leave it out for multiple choice)`,
  }),
);

/** `content/questions/<slug>.yaml`: the practice questions filed under one page. */
export const questionSetSchema = z.object({
  topic: z
    .string({ error: 'topic is required' })
    .regex(topicPathPattern('none'), 'topic is the page the questions are filed under, such as "/services/sqs/"')
    .describe('The page the questions are filed under; its “Test yourself” section offers them.'),
  questions: z.array(questionSchema).min(1, 'questions must hold at least one question').describe('The questions, in the order a first session asks them.'),
});
