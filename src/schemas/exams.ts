import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { httpsUrl, pastDay, text } from './common';

const inScopeService = z.object({
  name: text('categories[].services[].name').describe('The name as the exam guide prints it, old names included.'),
  service: reference('services').optional().describe('The guide’s page for it; leave out while no page exists, and the exam page lists it as not covered.'),
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
      read: pastDay().describe('The day its domains and in-scope list were last compared with this file.'),
    })
    .describe('Where the official exam guide is, and when this file was compared with it.'),
  domains: z
    .array(
      z.object({
        name: text('domains[].name').describe('The domain’s name as the exam guide prints it.'),
        weight: z.number().int().min(1).max(100).describe('Its share of the scored content, in percent.'),
      }),
    )
    .min(1)
    .refine((domains) => domains.reduce((sum, d) => sum + d.weight, 0) === 100, 'domain weights must add up to 100')
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
