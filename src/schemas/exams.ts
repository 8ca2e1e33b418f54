import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { topicPathPattern } from '../utils/routes';
import { httpsUrl, pastDay, text } from './common';

const inScopeService = z.object({
  name: text('categories[].services[].name').describe('The name as the exam guide prints it, old names included.'),
  service: reference('services').optional().describe('The guide’s page for it; leave out while no page exists, and the exam page lists it as not covered.'),
});

const taskStatement = z.object({
  number: z
    .string({ error: 'tasks[].number is required, such as "1.2"' })
    .regex(/^\d+\.\d+$/, 'tasks[].number is the exam guide’s number, such as "1.2"')
    .describe('The exam guide’s number: “1.2” is the second task statement of domain 1. Questions name it.'),
  title: text('tasks[].title', 10).describe('The task statement as the exam guide names it: “Design secure access to AWS resources”.'),
  covers: z
    .array(text('tasks[].covers[]', 10))
    .min(2, 'tasks[].covers lists at least 2 things the task examines')
    .describe('What the task examines (the guide’s knowledge and skills), summarised in our own words, one short line each.'),
  sections: z
    .array(z.string().regex(topicPathPattern('required'), 'tasks[].sections are paths with a #fragment, such as "/services/iam/#policies"'))
    .min(2, 'tasks[].sections names at least 2 sections that teach the task')
    .describe('The sections that teach the task, in reading order; the build proves each page and id exists.'),
});

/** `content/exams/<code>.yaml`: one AWS certification exam, as its official exam guide describes it. */
export const examSchema = z.object({
  code: text('code')
    .regex(/^[A-Z]{3}-C\d{2}$/, 'code is the exam code, such as "SAA-C03"')
    .describe('The exam code AWS prints: “SAA-C03”.'),
  name: text('name', 10).describe('“AWS Certified Solutions Architect – Associate”.'),
  guide: z
    .object({
      url: httpsUrl.describe('The official exam guide.'),
      version: text('guide.version').optional().describe('The exam guide’s version as it prints it: “1.1”; leave out when the guide prints none.'),
      published: pastDay().describe('When this version of the exam guide (or the exam it describes) came out: “since then” on the exam page counts from it.'),
      read: pastDay().describe('The day its domains and in-scope list were last compared with this file.'),
    })
    .describe('Where the official exam guide is, and when this file was compared with it.'),
  domains: z
    .array(
      z.object({
        name: text('domains[].name').describe('The domain’s name as the exam guide prints it.'),
        weight: z.number().int().min(1).max(100).describe('Its share of the scored content, in percent.'),
        tasks: z
          .array(taskStatement)
          .min(1, 'domains[].tasks lists the domain’s task statements')
          .describe('The domain’s task statements, in the guide’s order.'),
      }),
    )
    .min(1)
    .refine((domains) => domains.reduce((sum, d) => sum + d.weight, 0) === 100, 'domain weights must add up to 100')
    .superRefine((domains, ctx) => {
      domains.forEach((domain, d) => {
        domain.tasks.forEach((task, t) => {
          const expected = `${d + 1}.${t + 1}`;
          if (task.number !== expected) {
            ctx.addIssue({
              code: 'custom',
              path: [d, 'tasks', t, 'number'],
              message: `task ${t + 1} of domain ${d + 1} is numbered "${expected}", not "${task.number}"`,
            });
          }
        });
      });
    })
    .describe('The exam’s content domains with their weights in percent.'),
  categories: z
    .array(
      z.object({
        name: text('categories[].name').describe('The exam guide’s category heading: “Compute”.'),
        services: z.array(inScopeService).min(1).describe('The services the guide lists under it.'),
      }),
    )
    .min(1)
    .describe('The in-scope services, grouped by the exam guide’s own categories.'),
  previousVersion: z
    .object({
      code: text('previousVersion.code')
        .regex(/^[A-Z]{3}-C\d{2}$/, 'previousVersion.code is the exam code it replaced, such as "DVA-C02"')
        .describe('The exam code this version replaced: “DVA-C02”.'),
      lastDay: pastDay().describe('The last day the previous version could be taken.'),
      url: httpsUrl.describe('AWS’s page on what changed between the two versions.'),
      changes: z
        .array(text('previousVersion.changes[]', 10))
        .min(1, 'previousVersion.changes lists at least one change')
        .describe('What changed, in our own words, one short line each: weights, new tasks, skills that moved.'),
    })
    .optional()
    .describe('Only when AWS published what changed from the version this exam replaced; the exam page summarises it.'),
  format: z
    .object({
      questions: z.number().int().min(1).describe('How many questions the exam asks, scored and unscored: 65.'),
      scored: z.number().int().min(1).describe('How many of them count towards the score: 50 (the rest are unscored trial items).'),
      minutes: z.number().int().min(1).describe('The time allowed, in minutes: 90.'),
      passingScore: z.number().int().min(100).max(1000).describe('The pass mark on AWS’s scaled score from 100 to 1,000: 700.'),
    })
    .refine((format) => format.scored <= format.questions, { message: 'format.scored cannot exceed format.questions', path: ['scored'] })
    .describe('The exam’s shape as the exam guide states it; the mock exam copies it.'),
});
