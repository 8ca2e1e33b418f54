/**
 * The guide's coverage: every topic the notes cover has a page, so none can silently disappear,
 * and every service page connects to at least one other topic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtSite } from './built-site';

const SERVICES = [
  // Compute, containers, serverless, networking and deployment
  'ec2',
  'ec2-instance-types',
  'ami',
  'security-groups',
  'ec2-purchasing-options',
  'ec2-image-builder',
  'ec2-auto-scaling',
  'elastic-load-balancing',
  'lambda',
  'ecs',
  'fargate',
  'ecr',
  'api-gateway',
  'batch',
  'lightsail',
  'elastic-beanstalk',
  'cloudformation',
  'cdk',
  'route-53',
  'cloudfront',
  // Storage
  's3',
  's3-security',
  's3-versioning',
  's3-replication',
  's3-storage-classes',
  's3-glacier',
  'ebs',
  'instance-store',
  'efs',
  'fsx',
  'snow-family',
  'backup',
  // Databases
  'rds',
  'rds-deployment-options',
  'aurora',
  'dynamodb',
  'documentdb',
  'neptune',
  'timestream',
  'qldb',
  'keyspaces',
  'elasticache',
  // Analytics, migration, blockchain
  'redshift',
  'emr',
  'athena',
  'quicksight',
  'glue',
  'kinesis',
  'lake-formation',
  'dms',
  'managed-blockchain',
];
const CONCEPTS = ['cloud-computing', 'availability-and-scalability', 'containers-and-docker', 'serverless', 'shared-responsibility-model', 'disaster-recovery'];
const COMPARISONS = [
  'database-services',
  'alb-vs-api-gateway',
  'batch-vs-lambda',
  'instance-store-vs-ebs',
  'ebs-vs-efs',
  'fsx-vs-efs',
  's3-vs-ebs-vs-efs',
  'rds-vs-aurora',
  'neptune-vs-dynamodb-vs-rds',
  'timestream-vs-dynamodb-vs-rds',
  'qldb-vs-managed-blockchain',
  'lightsail-vs-ec2',
  'ecs-on-ec2-vs-fargate',
  'cloudformation-vs-cdk-vs-elastic-beanstalk',
];

const site = builtSite();

describe('coverage', () => {
  it.each([
    ['services', SERVICES],
    ['concepts', CONCEPTS],
    ['compare', COMPARISONS],
  ])('every expected page under /%s/ exists', (section, slugs) => {
    const missing = slugs.filter((slug) => !site.has(`/${section}/${slug}/`));
    expect(missing).toEqual([]);
  });
});

describe('exam coverage', () => {
  const folder = path.resolve(import.meta.dirname, '../../content/exams');
  const exams = readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(path.join(folder, f), 'utf8')) as { code: string; categories: { services: { name: string; service?: string }[] }[] });

  it.each(exams.map((e) => [e.code, e] as const))('%s: every in-scope service has a page (this lists the gaps)', (_, exam) => {
    const uncovered = exam.categories
      .flatMap((c) => c.services)
      .filter((s) => !s.service)
      .map((s) => s.name);
    expect(uncovered).toEqual([]);
  });
});

describe('service pages', () => {
  const services = [...site.values()].filter((p) => /^\/services\/[^/]+\/$/.test(p.url));

  it('each has a summary as its meta description and a category in its breadcrumb', () => {
    const bad = services.filter(
      (p) => !/<meta name="description" content="[^"]{20,}"/.test(p.html) || !p.links.some((href) => href.startsWith('/categories/')),
    );
    expect(bad.map((p) => p.url)).toEqual([]);
  });

  it('each links to at least one related topic', () => {
    const isolated = services.filter((p) => !/<section [^>]*class="related-topics /.test(p.html));
    expect(isolated.map((p) => p.url)).toEqual([]);
  });
});
