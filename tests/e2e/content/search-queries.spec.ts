/**
 * What learners actually type, and the page that must come first. A query that starts failing
 * means a ranking change or a lost alias: fix the content or the weights, not this list.
 *
 * Every query runs in one page with one search dialog, the way a reader searches again and again, so
 * Pagefind starts once. Each query's check is a soft assertion: a run reports every query that
 * failed, and attaches (and prints) them as one table.
 */
import { expect, test } from '@playwright/test';
import { searchResults } from '../helpers';

const FIRST_RESULT: [query: string, path: string][] = [
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
  ['Firehose', '/services/data-firehose/'],
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
  // Security, identity and compliance
  ['IAM', '/services/iam/'],
  ['SSO', '/services/iam-identity-center/'],
  ['AWS SSO', '/services/iam-identity-center/'],
  ['SCP', '/services/organizations/'],
  ['consolidated billing', '/services/organizations/'],
  ['landing zone', '/services/control-tower/'],
  ['RAM', '/services/resource-access-manager/'],
  ['Active Directory', '/services/directory-service/'],
  ['Cognito', '/services/cognito/'],
  ['KMS', '/services/kms/'],
  ['envelope encryption', '/services/kms/'],
  ['CloudHSM', '/services/cloudhsm/'],
  ['Secrets Manager', '/services/secrets-manager/'],
  ['ACM', '/services/certificate-manager/'],
  ['SSL certificate', '/services/certificate-manager/'],
  ['Macie', '/services/macie/'],
  ['WAF', '/services/waf/'],
  ['DDoS', '/services/shield/'],
  ['Shield Advanced', '/services/shield/'],
  ['Firewall Manager', '/services/firewall-manager/'],
  ['Network Firewall', '/services/network-firewall/'],
  ['GuardDuty', '/services/guardduty/'],
  ['threat detection', '/services/guardduty/'],
  ['Inspector', '/services/inspector/'],
  ['vulnerability scanning', '/services/inspector/'],
  ['Detective', '/services/detective/'],
  ['Security Hub', '/services/security-hub/'],
  ['Artifact', '/services/artifact/'],
  ['SOC 2 report', '/services/artifact/'],
  ['Audit Manager', '/services/audit-manager/'],
  ['explicit deny', '/concepts/policy-evaluation/'],
  ['least privilege', '/concepts/least-privilege/'],
  ['root user', '/concepts/root-user/'],
  ['encryption in transit', '/concepts/encryption/'],
  ['KMS vs CloudHSM', '/compare/kms-vs-cloudhsm/'],
  ['Parameter Store vs Secrets Manager', '/compare/secrets-manager-vs-parameter-store/'],
  ['Shield vs WAF', '/compare/shield-vs-waf/'],
  ['GuardDuty vs Inspector', '/compare/security-detection-services/'],
  ['IAM user vs role', '/compare/iam-users-vs-roles-vs-identity-center/'],
  ['SCP vs permission boundary', '/compare/scps-vs-iam-policies-vs-permission-boundaries/'],
  // Monitoring, governance and tools
  ['CloudWatch', '/services/cloudwatch/'],
  ['CloudTrail', '/services/cloudtrail/'],
  ['AWS Config', '/services/config/'],
  ['conformance pack', '/services/config/'],
  ['SSM', '/services/systems-manager/'],
  ['Parameter Store', '/services/systems-manager/'],
  ['X-Ray', '/services/x-ray/'],
  ['CloudShell', '/services/cloudshell/'],
  ['AppConfig', '/services/appconfig/'],
  ['STS', '/services/sts/'],
  ['AssumeRole', '/services/sts/'],
  ['Private CA', '/services/private-ca/'],
  ['SAM vs CDK', '/compare/sam-vs-cdk-vs-cloudformation/'],
  ['distributed tracing', '/services/x-ray/'],
  ['Grafana', '/services/managed-grafana/'],
  ['Prometheus', '/services/managed-prometheus/'],
  ['Personal Health Dashboard', '/services/health-dashboard/'],
  ['Trusted Advisor', '/services/trusted-advisor/'],
  ['Compute Optimizer', '/services/compute-optimizer/'],
  ['rightsizing', '/services/compute-optimizer/'],
  ['Service Quotas', '/services/service-quotas/'],
  ['Service Catalog', '/services/service-catalog/'],
  ['License Manager', '/services/license-manager/'],
  ['BYOL', '/services/license-manager/'],
  ['Well-Architected Tool', '/services/well-architected-tool/'],
  ['Management Console', '/services/management-console/'],
  ['AWS CLI', '/services/aws-cli/'],
  ['AWS Auto Scaling', '/services/auto-scaling/'],
  ['CloudTrail vs CloudWatch', '/compare/cloudtrail-vs-cloudwatch-vs-config/'],
  // Cost and support
  ['Budgets', '/services/budgets/'],
  ['Cost Explorer', '/services/cost-explorer/'],
  ['CUR', '/services/cost-and-usage-report/'],
  ['Savings Plans', '/services/savings-plans/'],
  ['Pricing Calculator', '/services/pricing-calculator/'],
  ['Marketplace', '/services/marketplace/'],
  ['support plans', '/compare/support-plans/'],
  ['AWS Support', '/services/support/'],
  ['TAM', '/services/support/'],
  ['Well-Architected Framework', '/concepts/well-architected-framework/'],
  ['Cloud Adoption Framework', '/concepts/cloud-adoption-framework/'],
  // Networking and hybrid
  ['VPC', '/services/vpc/'],
  ['subnet', '/services/vpc/'],
  ['NACL', '/services/network-acls/'],
  ['NAT gateway', '/services/nat-gateway/'],
  ['VPC endpoint', '/services/vpc-endpoints/'],
  ['TGW', '/services/transit-gateway/'],
  ['DX', '/services/direct-connect/'],
  ['VPN', '/services/site-to-site-vpn/'],
  ['Client VPN', '/services/client-vpn/'],
  ['PrivateLink', '/services/privatelink/'],
  ['Global Accelerator', '/services/global-accelerator/'],
  ['VPC Lattice', '/services/vpc-lattice/'],
  ['SG vs NACL', '/compare/security-groups-vs-network-acls/'],
  ['hybrid connectivity', '/concepts/hybrid-networking/'],
  ['Outposts', '/services/outposts/'],
  ['Local Zones', '/services/local-zones/'],
  ['Wavelength', '/services/wavelength/'],
  ['VMware Cloud on AWS', '/services/vmware-cloud-on-aws/'],
  // Application integration and containers
  ['SQS', '/services/sqs/'],
  ['FIFO', '/services/sqs/'],
  ['dead-letter queue', '/services/sqs/'],
  ['SNS', '/services/sns/'],
  ['fan-out', '/services/sns/'],
  ['EventBridge', '/services/eventbridge/'],
  ['CloudWatch Events', '/services/eventbridge/'],
  ['Step Functions', '/services/step-functions/'],
  ['Amazon MQ', '/services/amazon-mq/'],
  ['ActiveMQ', '/services/amazon-mq/'],
  ['AppFlow', '/services/appflow/'],
  ['GraphQL', '/services/appsync/'],
  ['EKS', '/services/eks/'],
  ['k8s', '/services/eks/'],
  ['Kubernetes', '/services/eks/'],
  ['ECS or EKS', '/compare/ecs-vs-eks/'],
  ['SQS or SNS', '/compare/sqs-vs-sns-vs-eventbridge-vs-kinesis/'],
  ['choose a Region', '/concepts/global-infrastructure/'],
  ['loosely coupled', '/concepts/loose-coupling/'],
  // Migration and transfer
  ['MGN', '/services/application-migration-service/'],
  ['lift and shift', '/services/application-migration-service/'],
  ['DataSync', '/services/datasync/'],
  ['SFTP', '/services/transfer-family/'],
  ['Storage Gateway', '/services/storage-gateway/'],
  ['tape gateway', '/services/storage-gateway/'],
  ['DRS', '/services/elastic-disaster-recovery/'],
  ['Migration Hub', '/services/migration-hub/'],
  ['Application Discovery Service', '/services/application-discovery-service/'],
  ['TSO Logic', '/services/migration-evaluator/'],
  ['SCT', '/services/schema-conversion-tool/'],
  ['Serverless Application Repository', '/services/serverless-application-repository/'],
  ['7 Rs', '/concepts/migration-strategies/'],
  ['MGN or DMS', '/compare/mgn-vs-dms-vs-datasync/'],
  // Machine learning
  ['SageMaker', '/services/sagemaker-ai/'],
  ['Bedrock', '/services/bedrock/'],
  ['foundation models', '/concepts/foundation-models/'],
  ['Amazon Q', '/services/amazon-q/'],
  ['CodeWhisperer', '/services/amazon-q/'],
  ['Rekognition', '/services/rekognition/'],
  ['face recognition', '/services/rekognition/'],
  ['Comprehend', '/services/comprehend/'],
  ['sentiment analysis', '/services/comprehend/'],
  ['Lex', '/services/lex/'],
  ['Polly', '/services/polly/'],
  ['Textract', '/services/textract/'],
  ['Transcribe', '/services/transcribe/'],
  ['Translate', '/services/translate/'],
  ['Kendra', '/services/kendra/'],
  ['SageMaker vs Bedrock', '/compare/sagemaker-ai-vs-bedrock-vs-ai-services/'],
  // Analytics, media and developer tools
  ['OpenSearch', '/services/opensearch/'],
  ['MSK', '/services/msk/'],
  ['Data Exchange', '/services/data-exchange/'],
  ['Data Firehose', '/services/data-firehose/'],
  ['Kinesis Video Streams', '/services/kinesis-video-streams/'],
  ['CodeBuild', '/services/codebuild/'],
  ['CodePipeline', '/services/codepipeline/'],
  ['CodeDeploy', '/services/codedeploy/'],
  ['CodeCommit', '/services/codecommit/'],
  ['Cloud9', '/services/cloud9/'],
  ['Elastic Transcoder', '/services/elastic-transcoder/'],
  ['MediaConvert', '/services/mediaconvert/'],
  // End-user computing, business applications, front end and IoT
  ['WorkSpaces', '/services/workspaces/'],
  ['AppStream 2.0', '/services/appstream/'],
  ['WorkSpaces Web', '/services/workspaces-secure-browser/'],
  ['Amazon Connect', '/services/connect/'],
  ['call center', '/services/connect/'],
  ['SES', '/services/ses/'],
  ['Amplify', '/services/amplify/'],
  ['Device Farm', '/services/device-farm/'],
  ['IoT Core', '/services/iot-core/'],
  ['MQTT', '/services/iot-core/'],
  ['WorkSpaces or AppStream', '/compare/workspaces-vs-appstream/'],
  // AIF-C01: the AI terms learners type (issue 29).
  ['rag', '/concepts/retrieval-augmented-generation/'],
  ['retrieval augmented generation', '/concepts/retrieval-augmented-generation/'],
  ['hallucination', '/concepts/retrieval-augmented-generation/'],
  ['temperature', '/concepts/inference-parameters/'],
  ['top p', '/concepts/inference-parameters/'],
  ['f1 score', '/concepts/model-evaluation-metrics/'],
  ['precision recall', '/concepts/model-evaluation-metrics/'],
  ['rouge', '/concepts/model-evaluation-metrics/'],
  ['model bias', '/concepts/responsible-ai/'],
  ['responsible ai', '/concepts/responsible-ai/'],
  ['llm', '/concepts/foundation-models/'],
  ['foundation model', '/concepts/foundation-models/'],
  ['tokens', '/concepts/foundation-models/'],
  ['embeddings', '/concepts/foundation-models/'],
  ['rlhf', '/concepts/machine-learning-types/'],
  ['fine-tuning', '/concepts/model-customization/'],
  ['prompt injection', '/concepts/prompt-engineering/'],
  ['few-shot prompting', '/concepts/prompt-engineering/'],
  ['supervised learning', '/concepts/machine-learning-types/'],
  ['mlops', '/concepts/ml-lifecycle-and-mlops/'],
  ['overfitting', '/concepts/ml-training-and-inference/'],
  ['ai agents', '/concepts/ai-agents/'],
  ['mcp', '/concepts/ai-agents/'],
  ['rag vs fine tuning', '/compare/prompt-engineering-vs-rag-vs-fine-tuning/'],
  ['AgentCore', '/services/bedrock-agentcore/'],
  ['Personalize', '/services/personalize/'],
  ['A2I', '/services/amazon-augmented-ai/'],
  ['JumpStart', '/services/sagemaker-jumpstart/'],
];

/** Searches by the job a service does: its page must be among the first three results. */
const IN_FIRST_THREE: [query: string, path: string][] = [
  ['pii', '/concepts/responsible-ai/'],
  ['provisioned throughput', '/compare/bedrock-inference-on-demand-vs-batch-vs-provisioned-throughput/'],
  ['text to speech', '/services/polly/'],
  ['speech to text', '/services/transcribe/'],
  ['OCR', '/services/textract/'],
  ['chatbot', '/services/lex/'],
  ['Elasticsearch', '/services/opensearch/'],
  ['Kafka', '/services/msk/'],
  ['virtual desktop', '/services/workspaces/'],
  ['CI/CD', '/services/codepipeline/'],
  ['feature flags', '/services/appconfig/'],
  ['presigned url', '/services/s3-security/'],
  ['send email', '/services/ses/'],
  ['generative AI', '/services/bedrock/'],
];

const FIRST_SECTION: [query: string, path: string, anchor: RegExp][] = [
  ['Lambda cold start', '/services/lambda/', /^#cold-start/],
  ['Multi-AZ read replica', '/services/rds-deployment-options/', /^#(read-replica|multi-az)/],
  // DVA-C03: the developer terms learners type, each answered by one section (issue 30).
  ['rcu calculation', '/services/dynamodb/', /^#capacity-unit-arithmetic/],
  ['optimistic locking', '/services/dynamodb/', /^#conditional-writes-and-optimistic-locking/],
  ['lastevaluatedkey', '/services/dynamodb/', /^#pagination-with-lastevaluatedkey-and-limit/],
  ['unprocessed items', '/services/dynamodb/', /^#batch-operations-and-unprocesseditems/],
  ['exponential backoff', '/services/dynamodb/', /^#exponential-backoff-with-jitter/],
  ['lambda alias', '/services/lambda/', /^#(versions-and-aliases|weighted-aliases-and-gradual-deployments)/],
  ['reserved concurrency', '/services/lambda/', /^#reserved-concurrency/],
  ['provisioned concurrency', '/services/lambda/', /^#provisioned-concurrency/],
  ['lambda destinations', '/services/lambda/', /^#destinations-vs-dead-letter-queues/],
  ['partial batch response', '/services/lambda/', /^#partial-batch-responses/],
  ['lambda layers', '/services/lambda/', /^#layers/],
  ['snapstart', '/services/lambda/', /^#snapstart/],
  ['response streaming', '/services/lambda/', /^#response-streaming/],
  ['appspec hooks', '/services/codedeploy/', /^#(lifecycle-hooks-in-order|the-appspec-file)/],
  ['buildspec', '/services/codebuild/', /^#(the-buildspec-file|buildspec-phases)/],
  ['sam local', '/services/sam/', /^#local-testing/],
  ['sam policy templates', '/services/sam/', /^#policy-templates/],
  ['cdk bootstrap', '/services/cdk/', /^#synth-bootstrap-and-deploy-in-detail/],
  ['change set', '/services/cloudformation/', /^#change-sets/],
  ['cfn-signal', '/services/cloudformation/', /^#helper-scripts-cfn-init-and-cfn-signal/],
  ['intrinsic functions', '/services/cloudformation/', /^#intrinsic-functions/],
  ['x-ray annotation', '/services/x-ray/', /^#annotations-and-metadata-in-code/],
  ['sampling rules', '/services/x-ray/', /^#sampling-rules/],
  ['embedded metric format', '/services/cloudwatch/', /^#embedded-metric-format/],
  ['logs insights', '/services/cloudwatch/', /^#logs-insights/],
  ['stage variables', '/services/api-gateway/', /^#stage-variables/],
  ['canary release', '/services/api-gateway/', /^#canary-releases/],
  ['usage plan', '/services/api-gateway/', /^#(throttling-usage-plans-and-api-keys|setting-up-api-keys-and-usage-plans)/],
  ['lambda authorizer', '/services/api-gateway/', /^#lambda-authorizers-token-and-request/],
  ['mapping template', '/services/api-gateway/', /^#mapping-templates-and-request-validation/],
  ['visibility timeout', '/services/sqs/', /^#visibility-timeout/],
  ['long polling', '/services/sqs/', /^#short-and-long-polling/],
  ['message group id', '/services/sqs/', /^#fifo-message-group-and-deduplication-ids/],
  ['filter policy', '/services/sns/', /^#(message-filtering|filter-policies-in-practice)/],
  ['iterator age', '/services/kinesis/', /^#reading-iterator-age-and-enhanced-fan-out/],
  ['envelope encryption', '/services/kms/', /^#envelope-encryption/],
  ['credential provider chain', '/services/iam/', /^#the-sdk-default-credential-provider-chain/],
  ['secret rotation', '/services/secrets-manager/', /^#(rotation|how-a-rotation-function-runs)/],
];

/** A search result as the dialog lists it: the path of its page and the URLs of its section links. */
interface Found {
  path: string;
  sections: URL[];
}

test('each query finds its page', async ({ page }, testInfo) => {
  // About a quarter of a second a query, a minute or two in all; the default 30 s is for one page visit.
  test.setTimeout(300_000);
  await page.goto('/topics/');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const input = page.getByRole('searchbox', { name: 'Search services, comparisons and concepts' });

  async function search(query: string): Promise<Found[]> {
    // Emptying the box first clears the last query's results and status, so none of them is read as this one's.
    await input.fill('');
    await input.fill(query);
    // waitFor checks in the page on every change, where expect() polls from outside at growing intervals:
    // a third of a second a query saved over the whole list.
    await page.getByRole('status').filter({ hasText: `for “${query}”` }).waitFor();
    // Each result is an item with a link to its page; the last item may hold the "Show more results" button.
    const found = await searchResults(page)
      .locator(':scope > li > a')
      .evaluateAll((links) =>
        links.map((link) => ({
          path: (link as HTMLAnchorElement).href,
          sections: [...link.parentElement!.querySelectorAll(':scope ul a')].map((a) => (a as HTMLAnchorElement).href),
        })),
      );
    return found.map(({ path, sections }) => ({ path: new URL(path).pathname, sections: sections.map((href) => new URL(href)) }));
  }

  const misses: string[] = [];
  /** Runs a query's soft assertions; when one fails, the query joins the table of misses. */
  function check(query: string, expected: string, got: string, assertions: () => void) {
    const failures = testInfo.errors.length;
    assertions();
    if (testInfo.errors.length > failures) misses.push(`| ${query} | ${expected} | ${got} |`);
  }

  for (const [query, path] of FIRST_RESULT) {
    const first = (await search(query))[0]?.path;
    check(query, path, first ?? 'nothing', () => {
      expect.soft(first, `"${query}" finds ${path} first`).toBe(path);
    });
  }
  for (const [query, path] of IN_FIRST_THREE) {
    const firstThree = (await search(query)).slice(0, 3).map((found) => found.path);
    check(query, `${path} in the first three`, firstThree.join(' '), () => {
      expect.soft(firstThree, `"${query}" finds ${path} among the first three`).toContain(path);
    });
  }
  for (const [query, path, anchor] of FIRST_SECTION) {
    const section = (await search(query))[0]?.sections[0];
    check(query, `a section of ${path} matching ${String(anchor)}`, section ? section.pathname + section.hash : 'nothing', () => {
      expect.soft(section?.pathname, `"${query}" lists a section of ${path} first`).toBe(path);
      expect.soft(section?.hash, `"${query}" lists a section of ${path} first`).toMatch(anchor);
    });
  }

  const table = ['| query | expected | got |', '| --- | --- | --- |', ...misses].join('\n');
  await testInfo.attach('misses', { body: misses.length === 0 ? 'none' : table, contentType: 'text/markdown' });
  if (misses.length > 0) console.log(`${misses.length} queries missed:\n${table}`);
});
