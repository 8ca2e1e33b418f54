import { describe, expect, it } from 'vitest';
import { categorySchema, comparisonSchema, conceptSchema, examSchema, glossaryTermSchema, questionSchema, serviceSchema } from '../../src/schemas';
import { isCalendarDate, pastDay } from '../../src/schemas/common';
import { domain } from './entries';

const provenance = {
  sources: [{ title: 'Lambda quotas', url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html' }],
  reviewed: '2026-11-23',
};

const valid = {
  name: 'AWS Lambda',
  shortName: 'Lambda',
  category: 'compute',
  summary: 'Runs code in response to events without servers to manage.',
  ...provenance,
};

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('service schema', () => {
  it('fills in defaults for optional fields', () => {
    const data = serviceSchema.parse(valid);
    expect(data.status).toEqual({ state: 'active' });
    expect(data.aliases).toEqual([]);
    expect(data.related).toEqual([]);
    expect(data.keyFacts).toEqual([]);
    expect(data.changes).toEqual([]);
  });

  it('names the missing summary', () => {
    const { summary: _, ...noSummary } = valid;
    expect(issues(serviceSchema.safeParse(noSummary))).toEqual(['summary: summary is required and must be text']);
  });

  it('rejects a summary that is more than one sentence long', () => {
    expect(issues(serviceSchema.safeParse({ ...valid, summary: 'x'.repeat(300) }))).toEqual([
      'summary: summary must be one sentence of at most 240 characters',
    ]);
  });

  it('requires a date and a note for any state but active', () => {
    const result = serviceSchema.safeParse({ ...valid, status: { state: 'retired' } });
    expect(issues(result)).toEqual(expect.arrayContaining([expect.stringMatching(/^status\.since: /), expect.stringMatching(/^status\.note: /)]));
  });

  it('rejects an unknown state and lists the allowed ones', () => {
    const [message] = issues(serviceSchema.safeParse({ ...valid, status: { state: 'deprecated' } }));
    expect(message).toContain('status.state must be one of: active, legacy, closed, retired, renamed');
  });

  it('checks the date format of a status', () => {
    const result = serviceSchema.safeParse({ ...valid, status: { state: 'closed', since: 'July 2025', note: 'Closed to new customers.' } });
    expect(issues(result)).toEqual(['status.since: dates are written YYYY-MM-DD (or YYYY-MM)']);
  });

  it('explains the YAML slip that turns a line into a key and a value', () => {
    const result = serviceSchema.safeParse({ ...valid, examTips: [{ 'Config is Regional': 'turn it on in each Region.' }] });
    expect(issues(result)).toEqual(['examTips.0: each exam tip must be text; in YAML, put quotes around a line that contains ": "']);
  });

  it('requires both a label and a value for key facts', () => {
    const result = serviceSchema.safeParse({ ...valid, keyFacts: [{ label: 'Timeout' }] });
    expect(issues(result)).toEqual(['keyFacts.0.value: keyFacts[].value is required and must be text']);
  });
});

describe('comparison schema', () => {
  const comparison = (subjects: string[]) =>
    comparisonSchema.safeParse({ title: 'Options of Lambda', subjects, summary: 'A comparison of the options one service offers.', ...provenance });

  it('needs a subject, each listed once; one is enough for the options of one service', () => {
    expect(issues(comparison([]))).toEqual(['subjects: subjects must list the services compared']);
    expect(issues(comparison(['lambda', 'lambda']))).toEqual(['subjects: subjects lists each service once']);
    expect(comparison(['lambda']).success).toBe(true);
  });
});

describe('sources, review date and changes (every topic)', () => {
  const concept = { title: 'Serverless', summary: 'What serverless means on AWS and which services are serverless.', ...provenance };

  it('requires at least one source', () => {
    expect(issues(conceptSchema.safeParse({ ...concept, sources: undefined }))).toEqual([
      'sources: sources is required: list the AWS pages this page was checked against',
    ]);
    expect(issues(conceptSchema.safeParse({ ...concept, sources: [] }))).toEqual(['sources: sources must list at least one AWS page']);
  });

  it('accepts only absolute https URLs for sources', () => {
    for (const url of ['http://docs.aws.amazon.com/lambda/', '/services/lambda/', 'docs.aws.amazon.com/lambda', 'not a url']) {
      expect(issues(conceptSchema.safeParse({ ...concept, sources: [{ title: 'Lambda', url }] }))).toEqual([
        'sources.0.url: url must be an absolute https:// address',
      ]);
    }
  });

  it('rejects impossible review dates', () => {
    for (const reviewed of ['2025-13-45', '2025-02-29', '2026-04-31', '2026-00-10']) {
      expect(issues(conceptSchema.safeParse({ ...concept, reviewed }))).toEqual(['reviewed: that date does not exist in the calendar']);
    }
    expect(issues(conceptSchema.safeParse({ ...concept, reviewed: '2024-02-29' }))).toEqual([]);
  });

  it('asks for quotes when YAML has turned the review date into a timestamp', () => {
    const [message] = issues(conceptSchema.safeParse({ ...concept, reviewed: new Date('2026-11-23') }));
    expect(message).toMatch(/^reviewed: write dates in quotes/);
  });

  it('rejects a review date in the future', () => {
    const schema = pastDay(() => new Date('2026-11-23T12:00:00Z'));
    expect(schema.safeParse('2026-11-23').success).toBe(true);
    expect(schema.safeParse('2026-11-24').error?.issues[0]?.message).toBe('the date is in the future');
  });

  it('wants the whole day for the review date', () => {
    expect(issues(conceptSchema.safeParse({ ...concept, reviewed: '2026-11' }))).toEqual(['reviewed: write the day as YYYY-MM-DD']);
  });

  it('checks each change: a real date, a known kind and a section id', () => {
    const change = { date: '2025-07-31', kind: 'retired', text: 'QLDB reached end of support.', section: 'status-and-alternatives' };
    expect(conceptSchema.parse({ ...concept, changes: [change] }).changes).toEqual([change]);
    expect(issues(conceptSchema.safeParse({ ...concept, changes: [{ ...change, date: '2025-02-30' }] }))).toEqual([
      'changes.0.date: that date does not exist in the calendar',
    ]);
    expect(issues(conceptSchema.safeParse({ ...concept, changes: [{ ...change, kind: 'moved' }] }))).toEqual([
      'changes.0.kind: changes[].kind must be one of: launched, limit, pricing, renamed, closed, retired, deprecated',
    ]);
    expect(issues(conceptSchema.safeParse({ ...concept, changes: [{ ...change, section: '#Status and alternatives' }] }))).toEqual([
      'changes.0.section: changes[].section is the id of a heading on the same page, such as "status-and-alternatives"',
    ]);
  });

  it('knows which days and months exist', () => {
    expect(['2024-02-29', '2025-12-31', '2025-07'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2025-02-29', '2025-13-01', '2025-13', '2025-11-31'].map(isCalendarDate)).toEqual([false, false, false, false]);
  });
});

describe('exam schema', () => {
  const exam = {
    code: 'SAA-C03',
    name: 'AWS Certified Solutions Architect – Associate',
    guide: {
      url: 'https://aws.amazon.com/certification/certified-solutions-architect-associate/',
      version: '1.1',
      published: '2022-08-30',
      read: '2026-11-23',
    },
    domains: [domain(1, 'Design Secure Architectures', 30, 2), domain(2, 'Design Resilient Architectures', 70)],
    categories: [{ name: 'Compute', services: [{ name: 'AWS Lambda', service: 'lambda' }, { name: 'VMware Cloud on AWS' }] }],
    format: { questions: 65, scored: 50, minutes: 130, passingScore: 720 },
  };

  it('accepts entries with and without a page', () => {
    const data = examSchema.parse(exam);
    expect(data.categories[0]!.services.map((s) => s.service?.id)).toEqual(['lambda', undefined]);
  });

  it('wants domain weights that add up to 100', () => {
    expect(issues(examSchema.safeParse({ ...exam, domains: [domain(1, 'Design Secure Architectures', 30)] }))).toEqual([
      'domains: domain weights must add up to 100',
    ]);
  });

  it('wants task statements numbered in order within their domain, each with what it covers and where it is taught', () => {
    const [first, second] = exam.domains;
    const misnumbered = { ...second!, tasks: [{ ...second!.tasks[0]!, number: '2.2' }] };
    expect(issues(examSchema.safeParse({ ...exam, domains: [first, misnumbered] }))).toEqual([
      'domains.1.tasks.0.number: task 1 of domain 2 is numbered "2.1", not "2.2"',
    ]);
    const thin = { ...second!, tasks: [{ ...second!.tasks[0]!, sections: ['/services/alpha/'] }] };
    expect(issues(examSchema.safeParse({ ...exam, domains: [first, thin] }))).toEqual([
      'domains.1.tasks.0.sections.0: tasks[].sections are paths with a #fragment, such as "/services/iam/#policies"',
      'domains.1.tasks.0.sections: tasks[].sections names at least 2 sections that teach the task',
    ]);
  });

  it('checks the exam code and the day the guide was read', () => {
    expect(issues(examSchema.safeParse({ ...exam, code: 'saa' }))).toEqual(['code: code is the exam code, such as "SAA-C03"']);
    expect(issues(examSchema.safeParse({ ...exam, guide: { ...exam.guide, read: '2025-13-45' } }))).toEqual([
      'guide.read: that date does not exist in the calendar',
    ]);
  });

  it('takes a guide without a version number, and checks what it says changed from the version it replaced', () => {
    const { version: _version, ...unnumbered } = exam.guide;
    expect(examSchema.parse({ ...exam, guide: unnumbered }).guide.version).toBeUndefined();
    const previousVersion = { code: 'SAA-C02', lastDay: '2022-08-29', url: 'https://docs.aws.amazon.com/', changes: ['Weights moved'] };
    expect(examSchema.parse({ ...exam, previousVersion }).previousVersion?.code).toBe('SAA-C02');
    expect(issues(examSchema.safeParse({ ...exam, previousVersion: { ...previousVersion, code: 'old', changes: [] } }))).toEqual([
      'previousVersion.code: previousVersion.code is the exam code it replaced, such as "DVA-C02"',
      'previousVersion.changes: previousVersion.changes lists at least one change',
    ]);
  });
});

describe('practice question schema', () => {
  const question = {
    id: 'sqs-visibility-timeout',
    exams: { 'SAA-C03': '2.1' },
    services: ['sqs'],
    question: 'A worker needs up to 10 minutes per message and others pick the same message up. What should change?',
    options: ['Raise the visibility timeout', 'Use long polling', 'Encrypt the queue', 'Shorten retention'],
    answer: ['A'],
    explanation: 'The visibility timeout hides a received message from other consumers; the other settings do not decide who sees a message.',
    proof: '/services/sqs/#visibility-timeout',
  };

  it('accepts a well-formed question', () => {
    expect(questionSchema.safeParse(question).success).toBe(true);
  });

  it('wants 4 or 5 options for one answer and 5 or 6 for several', () => {
    expect(issues(questionSchema.safeParse({ ...question, options: question.options.slice(0, 3) }))).toEqual(['options: options: at least 4']);
    const two = { ...question, question: `${question.question} (Choose two.)`, answer: ['A', 'B'] };
    expect(issues(questionSchema.safeParse(two))).toEqual(['options: a question with 2 answer(s) has 5 or 6 options']);
    expect(questionSchema.safeParse({ ...two, options: [...question.options, 'Use a FIFO queue'] }).success).toBe(true);
  });

  it('wants answers that exist among the options, each once', () => {
    expect(issues(questionSchema.safeParse({ ...question, answer: ['E'] }))).toEqual(['answer: answer letters must be among A, B, C, D, each once']);
    const repeated = { ...question, question: `${question.question} (Choose two.)`, answer: ['A', 'A'], options: [...question.options, 'E'] };
    expect(issues(questionSchema.safeParse(repeated))).toEqual(['answer: answer letters must be among A, B, C, D, E, each once']);
  });

  it('wants “choose N” to agree with the number of answers', () => {
    const five = [...question.options, 'Use a FIFO queue'];
    expect(issues(questionSchema.safeParse({ ...question, options: five, answer: ['A', 'B'] }))).toEqual([
      'question: a question with 2 answers ends with “(Choose two.)”',
    ]);
    expect(issues(questionSchema.safeParse({ ...question, question: `${question.question} (Choose two.)` }))).toEqual([
      'question: a single-answer question does not say “Choose”',
    ]);
  });

  it('accepts ordering and matching items, each with its own limits', () => {
    const { options: _, answer: __, ...rest } = question;
    const ordering = { ...rest, type: 'ordering', items: ['Create the queue', 'Send a message', 'Receive it', 'Delete it'] };
    expect(questionSchema.safeParse(ordering).success).toBe(true);
    expect(issues(questionSchema.safeParse({ ...ordering, items: ordering.items.slice(0, 2) }))).toEqual(['items: items: at least 3 to put in order']);
    const pairs = [
      { prompt: 'Decouple two services', response: 'Amazon SQS' },
      { prompt: 'Fan out one message', response: 'Amazon SNS' },
      { prompt: 'Route events by content', response: 'Amazon EventBridge' },
    ];
    const matching = { ...rest, type: 'matching', pairs, extraResponses: ['Amazon Kinesis'] };
    expect(questionSchema.safeParse(matching).success).toBe(true);
    expect(issues(questionSchema.safeParse({ ...matching, pairs: pairs.slice(0, 2) }))).toEqual(['pairs: pairs: at least 3 prompts to match']);
    expect(issues(questionSchema.safeParse({ ...rest, type: 'essay' }))).toEqual([
      'type: type is one of: choice, ordering, matching (leave it out for multiple choice)',
    ]);
  });

  it('wants a proof with a #fragment', () => {
    expect(issues(questionSchema.safeParse({ ...question, proof: '/services/sqs/' }))).toEqual([
      'proof: proof is a path with a #fragment, such as "/services/sqs/#visibility-timeout"',
    ]);
  });
});

describe('concept schema', () => {
  it('needs a title and a summary, and defaults the rest', () => {
    const parsed = conceptSchema.parse({
      title: 'Shared responsibility model',
      summary: 'Who secures what: AWS the cloud itself, you what you put in it.',
      ...provenance,
    });
    expect(parsed).toMatchObject({ aliases: [], related: [], changes: [], formerSlugs: [] });
    expect(issues(conceptSchema.safeParse({ summary: 'Who secures what: AWS the cloud itself, you what you put in it.', ...provenance }))).toEqual([
      'title: title is required and must be text',
    ]);
  });

  it('wants former slugs written as file names', () => {
    expect(
      issues(
        conceptSchema.safeParse({
          title: 'Shared responsibility',
          summary: 'Who secures what, between AWS and you.',
          ...provenance,
          formerSlugs: ['Old Name'],
        }),
      ),
    ).toEqual(['formerSlugs.0: each former slug is a file name without its extension: lowercase words joined by "-"']);
  });
});

describe('category schema', () => {
  const category = { name: 'Database', description: 'Managed databases of every model.', order: 3 };

  it('accepts a category without facets', () => {
    expect(categorySchema.parse(category).facets).toEqual([]);
  });

  it('wants distinct facet ids in key form', () => {
    expect(
      issues(
        categorySchema.safeParse({
          ...category,
          facets: [
            { id: 'model', label: 'Data model' },
            { id: 'model', label: 'Model' },
          ],
        }),
      ),
    ).toEqual(['facets: facets ids must be unique']);
    expect(issues(categorySchema.safeParse({ ...category, facets: [{ id: 'Data model', label: 'Data model' }] }))).toEqual([
      'facets.0.id: facets[].id is a short lower-case key such as "model"',
    ]);
  });
});

describe('glossary schema', () => {
  it('links a term to a section of a topic page', () => {
    const term = { term: 'RPO', meaning: 'How much data you can afford to lose, measured in time.' };
    expect(glossaryTermSchema.safeParse({ ...term, link: '/concepts/disaster-recovery/#rpo-and-rto' }).success).toBe(true);
    expect(issues(glossaryTermSchema.safeParse({ ...term, link: 'https://docs.aws.amazon.com/' }))).toEqual([
      'link: link is the section that explains the term, such as "/concepts/disaster-recovery/#rpo-and-rto"',
    ]);
  });
});
