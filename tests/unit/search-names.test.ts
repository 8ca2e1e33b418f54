import { describe, expect, it } from 'vitest';
import { joinNames, nameMatch, normalizeName, rankByName, splitNames } from '../../src/utils/search-names';

/** A search result as the dialog gets it from Pagefind: its URL and the names its page gives. */
interface Result {
  url: string;
  names: string[];
}
const topic = (url: string, ...names: string[]): Result => ({ url, names });
const urls = (query: string, results: Result[]) => rankByName(query, results, (r) => r.names).map((r) => r.url);

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
    expect(urls('AWS Auto Scaling', [ec2AutoScaling, awsAutoScaling])).toEqual(['/services/auto-scaling/', '/services/ec2-auto-scaling/']);
    expect(urls('Auto Scaling', [awsAutoScaling, ec2AutoScaling])[0]).toBe('/services/ec2-auto-scaling/');
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
    const pages = [ec2, ...dbs];
    expect(urls('database', pages)).toEqual(pages.map((t) => t.url));
    expect(urls('database', pages.slice(0, 4))).toEqual(['/services/graph/', '/services/ledger/', '/services/document/', '/services/ec2/']);
  });

  it('orders named topics by match strength', () => {
    expect(urls('glacier', [storageClasses, glacierVaults])).toEqual(['/services/s3-glacier/', '/services/s3-storage-classes/']);
  });
});

describe('ranking results by name', () => {
  it('puts the page a query names ahead of pages that merely mention it', () => {
    const lightsail = topic('/services/lightsail/', 'amazon lightsail', 'lightsail');
    expect(urls('ec2', [ecsVsFargate, ec2, lightsail])).toEqual(['/services/ec2/', '/compare/ecs-on-ec2-vs-fargate/', '/services/lightsail/']);
  });

  it('keeps full-text order when nothing is named, and among equal matches', () => {
    expect(urls('cold start', [dynamodb, ec2])).toEqual(['/services/dynamodb/', '/services/ec2/']);
    expect(urls('s3', [topic('/a/', 's3'), s3, topic('/b/', 's3')])).toEqual(['/a/', '/services/s3/', '/b/']);
  });
});

describe('names as Pagefind metadata', () => {
  it('reads back the names it joined, titles with commas and parentheses included', () => {
    const names = ['AWS AI services by job: Rekognition, Comprehend, Lex and Kendra', 'IAM Identity Center (AWS SSO)', 'S3'];
    expect(splitNames(joinNames(names))).toEqual(names);
  });

  it('reads a page without the field as having no names', () => {
    expect(splitNames(undefined)).toEqual([]);
  });
});
