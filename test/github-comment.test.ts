import { readFileSync } from 'node:fs';
import { commentBody, MARKER, suggestion } from '../src/github/comment.js';
import { RULES } from '../src/rules/index.js';
import { commentableLines, splitGitDiff } from '../src/github/diff.js';
import { checkText } from '../src/engines/analyse.js';
import { ruleDescriptions } from '../src/scan/rule-descriptions.js';

const TEMPLATE = [
  'Resources:',
  '  Cdn:',
  '    Type: AWS::CloudFront::Distribution',
  '    Properties:',
  '      DistributionConfig:',
  '        Enabled: true',
  '        DefaultCacheBehavior:',
  '          TargetOriginId: web',
  '          ViewerProtocolPolicy: allow-all',
  '        ViewerCertificate: { AcmCertificateArn: arn:aws:acm:us-east-1:1:certificate/x, MinimumProtocolVersion: TLSv1.2_2021 }',
  '  Key:',
  '    Type: AWS::KMS::Key',
  '    Properties:',
  '      EnableKeyRotation: false',
  '',
].join('\n');

describe('review comments', () => {
  const findings = checkText('t.yaml', TEMPLATE).findings;
  const lines = TEMPLATE.split('\n');
  const rules = new Map(ruleDescriptions().map((r) => [r.id, r]));

  it.each([
    ['cloudfront-allows-http', '          ViewerProtocolPolicy: redirect-to-https'],
    ['kms-rotation-disabled', '      EnableKeyRotation: true'],
  ])('%s carries a one-line suggestion for the commented line', (rule, fixed) => {
    const f = findings.find((x) => x.ruleId === rule)!;
    expect(f.line).toBe(f.endLine);
    expect(suggestion(f, lines[f.line - 1])).toBe(fixed);
    const body = commentBody(f, rules.get(rule), lines[f.line - 1]);
    expect(body).toContain(`\`\`\`suggestion\n${fixed}\n\`\`\``);
    expect(body).toContain('**Fix:**');
    expect(MARKER.exec(body)?.[1]).toBe(f.fingerprint);
  });

  it('offers no suggestion where the fix is not one certain edit of the commented line', () => {
    const f = findings.find((x) => x.ruleId === 'kms-rotation-disabled')!;
    expect(f.fix).toEqual({ line: 14, column: 26, endLine: 14, endColumn: 31, replacement: 'true' });
    // A rule that attaches no fix (turning logging on needs a bucket to send it to).
    const logging = findings.find(
      (x) => x.ruleId === 's3-no-access-logging' || x.ruleId === 'cloudfront-no-access-logging',
    )!;
    expect(logging.fix).toBeUndefined();
    expect(suggestion(logging, lines[logging.line - 1])).toBeUndefined();
    expect(suggestion({ ...f, fix: undefined }, lines[f.line - 1])).toBeUndefined();
    expect(suggestion({ ...f, endLine: f.line + 1 }, lines[f.line - 1])).toBeUndefined();
    expect(suggestion({ ...f, fix: { ...f.fix!, line: 13, endLine: 13 } }, lines[f.line - 1])).toBeUndefined();
  });

  it('builds suggestions from the finding alone: no rule id or pattern in the comment code', () => {
    const code = readFileSync('src/github/comment.ts', 'utf8');
    expect(RULES.map((r) => r.meta.id).filter((id) => code.includes(`'${id}'`))).toEqual([]);
  });
});

describe('diff lines', () => {
  it('are the added and context lines on the head side', () => {
    expect([...commentableLines('@@ -10,4 +10,5 @@ ctx\n a\n-b\n+c\n+d\n e\n\\ No newline at end of file')]).toEqual([
      10, 11, 12, 13,
    ]);
  });
  it('split a git diff by new path', () => {
    const diff =
      'diff --git a/x.yaml b/y.yaml\nsimilarity index 90%\n--- a/x.yaml\n+++ b/y.yaml\n@@ -1 +1 @@\n-a\n+b\ndiff --git a/z.json b/z.json\nnew file mode 100644\n--- /dev/null\n+++ b/z.json\n@@ -0,0 +1,2 @@\n+{\n+}\n';
    const files = splitGitDiff(diff);
    expect([...files.keys()]).toEqual(['y.yaml', 'z.json']);
    expect([...commentableLines(files.get('z.json')!)]).toEqual([1, 2]);
  });
});

describe('the suggestions the comment code used to hold as patterns, now the rules’ fix data', () => {
  const one = (type: string, props: string) =>
    `Resources:\n  R:\n    Type: ${type}\n    Properties:\n${props
      .split('\n')
      .map((l) => `      ${l}`)
      .join('\n')}\n`;
  it.each([
    [
      'cloudfront-allows-http',
      one(
        'AWS::CloudFront::Distribution',
        "DistributionConfig:\n  Enabled: true\n  DefaultCacheBehavior:\n    ViewerProtocolPolicy: 'allow-all'",
      ),
      "    ViewerProtocolPolicy: 'redirect-to-https'",
    ],
    ['kms-rotation-disabled', one('AWS::KMS::Key', 'EnableKeyRotation: false'), 'EnableKeyRotation: true'],
    [
      'subnet-auto-public-ip',
      one('AWS::EC2::Subnet', 'VpcId: vpc-1\nMapPublicIpOnLaunch: true'),
      'MapPublicIpOnLaunch: false',
    ],
    [
      'rds-public',
      one('AWS::RDS::DBInstance', 'Engine: mysql\nPubliclyAccessible: "true"'),
      'PubliclyAccessible: "false"',
    ],
    [
      'rds-unencrypted',
      one('AWS::RDS::DBInstance', 'Engine: mysql\nStorageEncrypted: false'),
      'StorageEncrypted: true',
    ],
    ['efs-unencrypted', one('AWS::EFS::FileSystem', 'Encrypted: false'), 'Encrypted: true'],
    ['ebs-unencrypted', one('AWS::EC2::Volume', 'Size: 10\nEncrypted: false'), 'Encrypted: true'],
    ['sqs-unencrypted', one('AWS::SQS::Queue', 'SqsManagedSseEnabled: false'), 'SqsManagedSseEnabled: true'],
    [
      'cloudtrail-not-multi-region',
      one('AWS::CloudTrail::Trail', 'IsLogging: true\nIsMultiRegionTrail: false'),
      'IsMultiRegionTrail: true',
    ],
    [
      'cloudtrail-no-log-validation',
      one('AWS::CloudTrail::Trail', 'IsLogging: true\nEnableLogFileValidation: false'),
      'EnableLogFileValidation: true',
    ],
    ['s3-public-acl', one('AWS::S3::Bucket', 'AccessControl: PublicRead'), 'AccessControl: Private'],
    [
      'apigateway-outdated-tls',
      one('AWS::ApiGateway::DomainName', 'DomainName: api.example.com\nSecurityPolicy: TLS_1_0'),
      'SecurityPolicy: TLS_1_2',
    ],
    [
      'cloudfront-outdated-tls',
      one(
        'AWS::CloudFront::Distribution',
        'DistributionConfig:\n  Enabled: true\n  ViewerCertificate:\n    AcmCertificateArn: arn:aws:acm:us-east-1:1:certificate/x\n    MinimumProtocolVersion: TLSv1_2016',
      ),
      '    MinimumProtocolVersion: TLSv1.2_2021',
    ],
    [
      'elb-outdated-tls-policy',
      one('AWS::ElasticLoadBalancingV2::Listener', 'Protocol: HTTPS\nPort: 443\nSslPolicy: ELBSecurityPolicy-2016-08'),
      'SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06',
    ],
  ])('%s', (rule, code, fixed) => {
    const lines = code.split('\n');
    const f = checkText('t.yaml', code).findings.find((x) => x.ruleId === rule)!;
    expect(suggestion(f, lines[f.line - 1])).toBe(`      ${fixed}`);
  });

  it('the JSON report carries the fix, and a JSON value stays a JSON string', () => {
    const code =
      '{"Resources": {"Q": {"Type": "AWS::S3::Bucket",\n  "Properties": {"AccessControl": "PublicReadWrite"}}}}\n';
    const f = checkText('t.json', code).findings.find((x) => x.ruleId === 's3-public-acl')!;
    expect(f.fix).toEqual({ line: 2, column: 35, endLine: 2, endColumn: 52, replacement: '"Private"' });
    expect(suggestion(f, code.split('\n')[1])).toBe('  "Properties": {"AccessControl": "Private"}}}}');
  });
});
