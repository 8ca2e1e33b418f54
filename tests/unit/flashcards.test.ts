import { describe, expect, it } from 'vitest';
import { ambiguousAbbreviations, cardsFor, cloze, toTsv } from '../../src/utils/study/flashcards';
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

describe('cards that do not give their answer away', () => {
  const grafana = {
    ...lambda,
    slug: 'managed-grafana',
    url: '/services/managed-grafana/',
    name: 'Amazon Managed Grafana',
    shortName: 'Managed Grafana',
    aliases: [],
    summary: 'Runs Grafana, the open-source dashboard tool, as a managed service.',
    examTips: [],
    keyFacts: [{ label: 'IOPS per workspace', value: 'Not a real limit' }],
  };

  it('hides the distinctive words of the name in a summary, and keeps an acronym’s case in a fact', () => {
    const [summary, fact] = cardsFor(grafana);
    expect(summary?.front).toBe('Which service? Runs ▁▁▁, the open-source dashboard tool, as a managed service.');
    expect(fact?.front).toBe('Managed Grafana: IOPS per workspace?');
  });

  it('hides a name with what it runs into, as one blank per run of hidden words', () => {
    expect(cloze('Share AMIs across accounts; bootstrap creates the CDKToolkit stack.', ['AMI', 'CDK'])).toBe(
      'Share ▁▁▁ across accounts; bootstrap creates the ▁▁▁ stack.',
    );
    expect(cloze('Keeps EC2 Auto Scaling groups healthy.', ['EC2', 'Auto', 'Scaling'])).toBe('Keeps ▁▁▁ groups healthy.');
  });

  it('makes no card that would hide only the parent of a feature', () => {
    expect(cloze('Cross-Region recovery in about a minute is Aurora Global Database.', ['Aurora'])).toBeUndefined();
    const aurora = { ...lambda, name: 'Amazon Aurora', shortName: 'Aurora', examTips: ['Aurora Replicas share storage.', 'Pick Aurora for MySQL at scale.'] };
    expect(
      cardsFor(aurora)
        .filter((c) => c.id.includes(':tip:'))
        .map((c) => c.front),
    ).toEqual(['Pick ▁▁▁ for MySQL at scale.']);
  });

  it('spells out an abbreviation of another name, and makes no card for one that several services use', () => {
    const firehose = {
      ...grafana,
      slug: 'data-firehose',
      name: 'Amazon Data Firehose',
      shortName: 'Firehose',
      aliases: ['Kinesis Data Firehose', 'KDF', 'EB'],
    };
    const beanstalk = { ...grafana, name: 'AWS Elastic Beanstalk', aliases: ['EB'] };
    const ambiguous = ambiguousAbbreviations([firehose, beanstalk]);
    expect(ambiguous).toEqual(new Set(['EB']));
    expect(
      cardsFor(firehose, ambiguous)
        .filter((c) => c.id.includes(':abbr:'))
        .map((c) => [c.front, c.back]),
    ).toEqual([['What does KDF stand for?', 'Amazon Data Firehose (KDF: Kinesis Data Firehose)']]);
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
