import { describe, expect, it } from 'vitest';
import { cardsFor, toTsv } from '../../src/utils/study/flashcards';
import { glossaryEntries } from '../../src/utils/study/glossary';

const lambda = {
  slug: 'lambda',
  url: '/services/lambda/',
  name: 'AWS Lambda',
  shortName: 'Lambda',
  aliases: ['FaaS', 'serverless functions', 'SAM'],
  summary: 'Runs your code in response to events without servers to manage.',
  examTips: ['A job longer than 15 minutes rules out Lambda; pick AWS Batch.', 'API Gateway in front of a function is the classic serverless API.'],
  keyFacts: [{ label: 'Maximum run time', value: '15 minutes' }],
  tags: ['compute', 'SAA-C03'],
  sections: { keyFacts: 'key-facts', examTips: 'exam-tips' },
};

describe('flashcards from the guide’s data', () => {
  const cards = cardsFor(lambda);

  it('makes a card of the summary, each key fact, each tip that names the service, and each abbreviation', () => {
    expect(cards.map((c) => [c.id, c.front, c.back, c.link])).toEqual([
      ['lambda:summary:summary', 'Which service? Runs your code in response to events without servers to manage.', 'AWS Lambda', '/services/lambda/'],
      ['lambda:fact:maximum-run-time', 'Lambda: maximum run time?', '15 minutes', '/services/lambda/#key-facts'],
      [
        'lambda:tip:a-job-longer-than-15-minutes-rules-out',
        'A job longer than 15 minutes rules out ▁▁▁; pick AWS Batch.',
        'Lambda',
        '/services/lambda/#exam-tips',
      ],
      ['lambda:abbr:faas', 'What does FaaS stand for?', 'AWS Lambda', '/services/lambda/'],
      ['lambda:abbr:sam', 'What does SAM stand for?', 'AWS Lambda', '/services/lambda/'],
    ]);
  });

  it('writes tab-separated lines Anki imports: header, front, back with an absolute link, tags', () => {
    const tsv = toTsv(cards.slice(1, 2), new URL('https://guide.example/'));
    expect(tsv).toBe(
      '#separator:tab\n#html:true\n#tags column:3\n' +
        'Lambda: maximum run time?\t15 minutes<br><a href="https://guide.example/services/lambda/#key-facts">https://guide.example/services/lambda/#key-facts</a>\tcompute SAA-C03\n',
    );
  });
});

describe('glossary', () => {
  it('lists abbreviations from aliases and typed terms, alphabetically, each linking to its page', () => {
    const entries = glossaryEntries(
      [{ name: 'Amazon VPC', shortName: 'VPC', aliases: ['NACL', 'virtual network'], url: '/services/vpc/' }],
      [{ term: 'RPO', meaning: 'Recovery point objective.', link: '/concepts/disaster-recovery/#rpo-and-rto' }],
    );
    expect(entries.map((e) => [e.id, e.term, e.meaning, e.links])).toEqual([
      ['term-nacl', 'NACL', '', [{ label: 'Amazon VPC', href: '/services/vpc/' }]],
      ['term-rpo', 'RPO', 'Recovery point objective.', [{ label: 'More on RPO', href: '/concepts/disaster-recovery/#rpo-and-rto' }]],
      ['term-vpc', 'VPC', '', [{ label: 'Amazon VPC', href: '/services/vpc/' }]],
    ]);
  });
});
