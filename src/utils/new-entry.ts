/**
 * The skeleton of a new content entry, with every frontmatter field its schema has (a unit test keeps
 * the two in step), for `npm run new`. Placeholders are written so the build rejects them until filled:
 * a writer cannot ship an entry with "TODO" sources by accident.
 */
// Explicit extension: `npm run new` runs this file in Node, which does not guess extensions as Vite does.
import { withoutVendor } from './names.ts';

export const ENTRY_KINDS = ['service', 'comparison', 'concept'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const FOLDER_OF: Record<EntryKind, string> = { service: 'services', comparison: 'comparisons', concept: 'concepts' };

/** "Amazon Simple Queue Service (SQS)" → "simple-queue-service-sqs"; "Amazon EBS vs Amazon EFS" → "ebs-vs-efs". */
export const slugFor = (title: string) =>
  title
    .split(/\s+vs\.?\s+/i)
    .map((part) => withoutVendor(part.trim()))
    .join(' vs ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const today = () => new Date().toISOString().slice(0, 10);

/** One frontmatter line with its comment lined up; `optional` lines are commented out, ready to enable. */
const field = (line: string, comment: string, optional = false) => `${optional ? '# ' : ''}${line}`.padEnd(34) + `# ${comment}`;

const provenance = () => [
  field('sources:', 'the AWS pages you checked the facts against (https)'),
  '  - title: ""',
  '    url: ""',
  field(`reviewed: "${today()}"`, 'the day you checked them'),
  field('changes: []', 'dated changes the page states: { date, kind, text, section }'),
  field('formerSlugs: []', 'file names this page had before (each redirects here)'),
  field('formerIds: {}', 'renamed headings or rows: { old-id: new-id }'),
];

const BODY = `One paragraph: what it is, and when to use it (and when not).

## How it works
`;

const lines: Record<EntryKind, (title: string) => string[]> = {
  service: (title) => [
    field(`name: ${JSON.stringify(title)}`, 'official name, as AWS writes it today'),
    field(`shortName: ${JSON.stringify(withoutVendor(title))}`, 'what people call it'),
    field('aliases: []', 'other names, shown to readers: [SQS]'),
    field('searchTerms: []', 'words people search for, not shown: [message queue]'),
    field('category: ""', 'an id from content/categories.yaml'),
    field('parent: ""', 'a feature page only: the slug of its service', true),
    field('facets: {}', 'one short value per facet the category declares'),
    field('summary: ""', 'one sentence: what it is and what it is for'),
    field('status: { state: "", since: "", note: "", alternatives: [] }', 'not active: legacy | closed | retired | renamed', true),
    field('related: []', 'slugs of related services'),
    field('examTips: []', 'the clue in a question and the answer it points to'),
    field('keyFacts: []', '{ label, value } pairs that stand alone'),
  ],
  comparison: (title) => [
    field(`title: ${JSON.stringify(title)}`, '“Amazon EBS vs Amazon EFS”'),
    field('subjects: []', 'slugs of the services compared (the first files it; one when comparing options of one service)'),
    field('summary: ""', 'one sentence: what tells them apart'),
    field('aliases: []', 'other names, shown to readers (most have none)'),
    field('searchTerms: []', 'other ways to ask, not shown: [efs vs ebs]'),
  ],
  concept: (title) => [
    field(`title: ${JSON.stringify(title)}`, '“Shared responsibility model”'),
    field('summary: ""', 'one sentence'),
    field('aliases: []', 'abbreviations and other names, shown to readers'),
    field('searchTerms: []', 'words people search for, not shown'),
    field('related: []', 'slugs of the services the concept is about'),
  ],
};

export const entryTemplate = (kind: EntryKind, title: string) => ['---', ...lines[kind](title), ...provenance(), '---', '', BODY].join('\n');
