/**
 * What learners actually type, and the page that must come first. A query that starts failing
 * means a ranking change or a lost alias: fix the content or the weights, not this list.
 */
import { expect, test } from '@playwright/test';
import { search } from './helpers';

const FIRST_RESULT: Array<[query: string, path: string]> = [
  ['EC2', '/services/ec2/'],
  ['ec2', '/services/ec2/'],
  ['Elastic Compute Cloud', '/services/ec2/'],
  ['S3', '/services/s3/'],
  ['S3 IA', '/services/s3-storage-classes/'],
  ['Deep Archive', '/services/s3-storage-classes/'],
  ['Glacier', '/services/s3-glacier/'],
  ['ELB', '/services/elastic-load-balancing/'],
  ['NLB', '/services/elastic-load-balancing/'],
  ['load balancer', '/services/elastic-load-balancing/'],
  ['Dynamo', '/services/dynamodb/'],
  ['Cassandra', '/services/keyspaces/'],
  ['MongoDB', '/services/documentdb/'],
  ['Redis', '/services/elasticache/'],
  ['Memcached', '/services/elasticache/'],
  ['data warehouse', '/services/redshift/'],
  ['CDN', '/services/cloudfront/'],
  ['DNS', '/services/route-53/'],
  ['infrastructure as code', '/services/cloudformation/'],
  ['serverless functions', '/services/lambda/'],
  ['docker registry', '/services/ecr/'],
  ['Lambda', '/services/lambda/'],
  ['Fargate', '/services/fargate/'],
  ['ECS', '/services/ecs/'],
  ['ECR', '/services/ecr/'],
  ['API Gateway', '/services/api-gateway/'],
  ['Batch', '/services/batch/'],
  ['Lightsail', '/services/lightsail/'],
  ['Beanstalk', '/services/elastic-beanstalk/'],
  ['CloudFormation', '/services/cloudformation/'],
  ['CDK', '/services/cdk/'],
  ['Route 53', '/services/route-53/'],
  ['CloudFront', '/services/cloudfront/'],
  ['EBS', '/services/ebs/'],
  ['EFS', '/services/efs/'],
  ['FSx', '/services/fsx/'],
  ['Lustre', '/services/fsx/'],
  ['Snowball', '/services/snow-family/'],
  ['RDS', '/services/rds/'],
  ['Aurora', '/services/aurora/'],
  ['graph database', '/services/neptune/'],
  ['time series', '/services/timestream/'],
  ['QLDB', '/services/qldb/'],
  ['Redshift', '/services/redshift/'],
  ['EMR', '/services/emr/'],
  ['Hadoop', '/services/emr/'],
  ['Athena', '/services/athena/'],
  ['QuickSight', '/services/quicksight/'],
  ['ETL', '/services/glue/'],
  ['Kinesis', '/services/kinesis/'],
  ['Firehose', '/services/kinesis/'],
  ['Lake Formation', '/services/lake-formation/'],
  ['DMS', '/services/dms/'],
  ['blockchain', '/services/managed-blockchain/'],
  ['AMI', '/services/ami/'],
  ['security group', '/services/security-groups/'],
  ['spot instances', '/services/ec2-purchasing-options/'],
  ['reserved instances', '/services/ec2-purchasing-options/'],
  ['Auto Scaling', '/services/ec2-auto-scaling/'],
  ['ASG', '/services/ec2-auto-scaling/'],
  ['instance store', '/services/instance-store/'],
  ['Image Builder', '/services/ec2-image-builder/'],
  ['instance types', '/services/ec2-instance-types/'],
  ['versioning', '/services/s3-versioning/'],
  ['CRR', '/services/s3-replication/'],
  ['AWS Backup', '/services/backup/'],
  ['shared responsibility', '/concepts/shared-responsibility-model/'],
  ['pilot light', '/concepts/disaster-recovery/'],
  ['IaaS', '/concepts/cloud-computing/'],
  ['Docker', '/concepts/containers-and-docker/'],
  ['ALB vs API Gateway', '/compare/alb-vs-api-gateway/'],
  ['batch or lambda', '/compare/batch-vs-lambda/'],
];

for (const [query, path] of FIRST_RESULT) {
  test(`"${query}" finds ${path} first`, async ({ page }) => {
    await page.goto('/topics/');
    const results = await search(page, query);
    const href = await results.first().locator('a').first().getAttribute('href');
    expect(new URL(href!, 'http://x').pathname).toBe(path);
  });
}

const FIRST_SECTION: Array<[query: string, path: string, anchor: RegExp]> = [
  ['Lambda cold start', '/services/lambda/', /^#cold-start/],
  ['Multi-AZ read replica', '/services/rds-deployment-options/', /^#/],
];

for (const [query, path, anchor] of FIRST_SECTION) {
  test(`"${query}" lists a section of ${path} first`, async ({ page }) => {
    await page.goto('/topics/');
    const results = await search(page, query);
    const href = await results.first().locator('ul a').first().getAttribute('href');
    const url = new URL(href!, 'http://x');
    expect(url.pathname).toBe(path);
    expect(url.hash).toMatch(anchor);
  });
}
