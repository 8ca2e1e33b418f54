import { describe, expect, it } from 'vitest';
import {
  nameMatch,
  nameShards,
  normalizeName,
  queryShard,
  rankByName,
  shardNames,
  topicsNamed,
  withShard,
  type NamedTopic,
} from '../../src/utils/search-names';

const topic = (url: string, ...names: string[]): NamedTopic => ({ url, title: names[0]!, category: 'Compute', exams: [], names });

const ec2 = topic('/services/ec2/', 'amazon elastic compute cloud', 'ec2', 'elastic compute cloud');
const dynamodb = topic('/services/dynamodb/', 'amazon dynamodb', 'dynamodb', 'nosql');
const beanstalk = topic('/services/elastic-beanstalk/', 'aws elastic beanstalk', 'elastic beanstalk');
const glacierVaults = topic('/services/s3-glacier/', 'amazon glacier', 'glacier', 's3 glacier');
const storageClasses = topic('/services/s3-storage-classes/', 's3 storage classes', 's3 glacier deep archive');
const s3 = topic('/services/s3/', 'amazon simple storage service', 's3');
const ecsVsFargate = topic('/compare/ecs-on-ec2-vs-fargate/', 'amazon ecs on ec2 vs aws fargate');

describe('name matching', () => {
  it('normalizes case, spacing, vendor prefix and punctuation at the ends', () => {
    expect(normalizeName('  Amazon   EC2 ')).toBe('ec2');
    expect(normalizeName('AWS Lambda?')).toBe('lambda');
    expect(normalizeName('S3 One Zone-IA')).toBe('s3 one zone-ia');
  });

  it('scores a name as typed over a name without its vendor prefix over a name prefix over a word inside a name', () => {
    expect(nameMatch('EC2', ec2.names)).toBe(4);
    expect(nameMatch('Amazon EC2', ec2.names)).toBe(3);
    expect(nameMatch('AWS Elastic Compute Cloud', ec2.names)).toBe(3);
    expect(nameMatch('Dynamo', dynamodb.names)).toBe(2);
    expect(nameMatch('Beanstalk', beanstalk.names)).toBe(1);
    expect(nameMatch('lambda', ec2.names)).toBe(0);
  });

  it('matches queries of one or two letters only against whole names', () => {
    expect(nameMatch('S3', storageClasses.names)).toBe(0);
    expect(nameMatch('S3', s3.names)).toBe(4);
    expect(nameMatch('e', ec2.names)).toBe(0);
  });

  it('keeps the vendor prefix apart when the query has it: AWS Auto Scaling is not EC2 Auto Scaling', () => {
    const awsAutoScaling = topic('/services/auto-scaling/', 'aws auto scaling', 'scaling plans');
    const ec2AutoScaling = topic('/services/ec2-auto-scaling/', 'amazon ec2 auto scaling', 'auto scaling', 'asg');
    expect(topicsNamed('AWS Auto Scaling', [ec2AutoScaling, awsAutoScaling]).map((t) => t.url)).toEqual([
      '/services/auto-scaling/',
      '/services/ec2-auto-scaling/',
    ]);
    expect(topicsNamed('Auto Scaling', [awsAutoScaling, ec2AutoScaling]).map((t) => t.url)[0]).toBe('/services/ec2-auto-scaling/');
  });

  it('matches a short whole name typed with its prefix ("Amazon Q")', () => {
    const q = topic('/services/amazon-q/', 'amazon q', 'q developer');
    expect(nameMatch('Amazon Q', q.names)).toBe(4);
    expect(nameMatch('Q', q.names)).toBe(0);
  });

  it('does not match inside words', () => {
    expect(nameMatch('stalk', beanstalk.names)).toBe(0);
  });

  it('ignores a word that many names share: it is a generic word, not a name', () => {
    const dbs = ['graph', 'ledger', 'document', 'relational'].map((kind) => topic(`/services/${kind}/`, `amazon ${kind} database`));
    expect(topicsNamed('database', dbs)).toEqual([]);
    expect(topicsNamed('database', dbs.slice(0, 3)).map((t) => t.url)).toEqual(['/services/graph/', '/services/ledger/', '/services/document/']);
  });

  it('orders named topics by match strength', () => {
    expect(topicsNamed('glacier', [storageClasses, glacierVaults]).map((t) => t.url)).toEqual(['/services/s3-glacier/', '/services/s3-storage-classes/']);
  });
});

describe('ranking results by name', () => {
  const url = (r: { url: string }) => r.url;

  it('puts the page a query names ahead of pages that merely mention it', () => {
    const results = [{ url: '/compare/ecs-on-ec2-vs-fargate/' }, { url: '/services/ec2/#instance-lifecycle' }, { url: '/services/lightsail/' }];
    const ranked = rankByName('ec2', results, [ecsVsFargate, ec2], url);
    expect(ranked).toEqual([
      { result: { url: '/services/ec2/#instance-lifecycle' } },
      { result: { url: '/compare/ecs-on-ec2-vs-fargate/' } },
      { result: { url: '/services/lightsail/' } },
    ]);
  });

  it('adds a named page that the full-text results missed', () => {
    const ranked = rankByName('dynamo', [{ url: '/services/lambda/' }], [dynamodb], url);
    expect(ranked).toEqual([{ topic: dynamodb }, { result: { url: '/services/lambda/' } }]);
  });

  it('keeps full-text order when nothing is named', () => {
    const results = [{ url: '/a/' }, { url: '/b/' }];
    expect(rankByName('cold start', results, [ec2, dynamodb], url)).toEqual([{ result: results[0] }, { result: results[1] }]);
  });
});

describe('names in shards', () => {
  const awsAutoScaling = topic('/services/auto-scaling/', 'aws auto scaling', 'scaling plans');
  const sso = topic('/services/iam-identity-center/', 'aws iam identity center', 'iam identity center (aws sso)', 'single sign-on');
  const topics = [ec2, dynamodb, beanstalk, glacierVaults, storageClasses, s3, ecsVsFargate, awsAutoScaling, sso];
  const queries = [
    'EC2',
    'Amazon EC2',
    'dynamo',
    'Beanstalk',
    'S3',
    'glacier deep',
    'Fargate',
    'AWS Auto Scaling',
    'scaling',
    'sign-on',
    'SSO',
    'Compute',
    '(sso)',
    'Amazon',
  ];

  it('files every name a query matches under the query’s shard', () => {
    for (const query of queries) {
      for (const { names } of topics) {
        for (const name of names.filter((n) => nameMatch(query, [n]) > 0)) expect(nameShards(name), `${query} → ${name}`).toContain(queryShard(query));
      }
    }
  });

  it('ranks with one shard exactly as with every name', () => {
    const shards = shardNames(topics);
    const results = [s3, ecsVsFargate, beanstalk].map((t) => ({ url: t.url }));
    const ranked = (query: string, named: NamedTopic[]) =>
      rankByName(query, results, named, (r) => r.url).map((e) => ('result' in e ? e.result.url : e.topic.url));
    for (const query of queries) {
      const sharded = withShard(topics, shards.get(queryShard(query)) ?? []);
      expect(ranked(query, sharded), query).toEqual(ranked(query, topics));
    }
  });

  it('keys a shard by the first letter or digit, everything else under _', () => {
    expect(queryShard('AWS Lambda')).toBe('l');
    expect(queryShard('3 AZs')).toBe('3');
    expect(queryShard('Été')).toBe('_');
    expect(nameShards('amazon s3 glacier deep archive')).toEqual(['s', 'g', 'd', 'a']);
  });
});
