/**
 * Every policy property the generated table lists (from AWS's CloudFormation service spec) reaches
 * the checks: one template per property, granting everything to everyone, each extracted with its
 * kind and path and each reported offline; JSON strings are parsed with their lines mapped back;
 * what cannot be read is a "not analysed" warning naming the line and the reason.
 */
import { describe, expect, test } from '@jest/globals';
import { checkText } from '../src/engines/analyse.js';
import { policyProperties } from '../src/policies/policy-properties-data.js';
import { closest } from '../src/inputs/suggest.js';
import { dedent } from './rule-tester.js';

const iamEntries = Object.entries(policyProperties).flatMap(([type, entries]) =>
  entries.filter((e) => e[1] !== 'none').map(([path, cls, governs]) => ({ type, path, cls, governs })),
);

/** The YAML for `path` (`A[].B.C`) holding `doc`, indented under Properties. */
function nest(path: string, doc: string): string {
  let out = doc;
  for (const step of path.split('.').reverse()) {
    const list = step.endsWith('[]');
    const name = list ? step.slice(0, -2) : step;
    const body = out
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n');
    out = list ? `${name}:\n  - ${body.slice(4)}` : `${name}:\n${body.slice(2).replace(/\n {2}/g, '\n')}`;
  }
  return out;
}

const OPEN = dedent(`
  Version: '2012-10-17'
  Statement:
    - Effect: Allow
      Principal: '*'
      Action: '*'
      Resource: '*'
`).trimEnd();

const IDENTITY = dedent(`
  Version: '2012-10-17'
  Statement:
    - Effect: Allow
      Action: '*'
      Resource: '*'
`).trimEnd();

const PRIVATE = new Set(['AWS::EC2::VPCEndpoint', 'AWS::ApiGateway::DomainNameV2']);

function template(type: string, path: string, doc: string): string {
  const props = nest(path, doc)
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');
  return `Resources:\n  Thing:\n    Type: ${type}\n    Properties:\n${props}\n`;
}

describe('every policy property in the generated table', () => {
  test('the table knows the types the issue names, each in its class', () => {
    const cls = (type: string, path: string) => policyProperties[type]?.find((e) => e[0] === path)?.[1];
    expect(cls('AWS::SNS::TopicInlinePolicy', 'PolicyDocument')).toBe('resource');
    expect(cls('AWS::SQS::QueueInlinePolicy', 'PolicyDocument')).toBe('resource');
    expect(cls('AWS::KMS::ReplicaKey', 'KeyPolicy')).toBe('resource');
    expect(cls('AWS::Events::EventBus', 'Policy')).toBe('resource');
    expect(cls('AWS::Logs::LogGroup', 'ResourcePolicyDocument')).toBe('resource');
    expect(cls('AWS::DynamoDB::Table', 'StreamSpecification.ResourcePolicy.PolicyDocument')).toBe('resource');
    expect(cls('AWS::SSO::PermissionSet', 'InlinePolicy')).toBe('identity');
    expect(cls('AWS::Transfer::User', 'Policy')).toBe('session');
    expect(cls('AWS::RolesAnywhere::Profile', 'SessionPolicy')).toBe('session');
    expect(cls('AWS::EKS::PodIdentityAssociation', 'Policy')).toBe('session');
    expect(cls('AWS::Serverless::Function', 'AssumeRolePolicyDocument')).toBe('trust');
    // Not IAM grammar
    expect(cls('AWS::SNS::Subscription', 'FilterPolicy')).toBe('none');
    expect(cls('AWS::SQS::Queue', 'RedrivePolicy')).toBe('none');
    expect(cls('AWS::Logs::LogGroup', 'DataProtectionPolicy')).toBe('none');
    expect(iamEntries.length).toBeGreaterThanOrEqual(80);
  });

  test.each(iamEntries)('$type $path ($cls) is extracted and reported', ({ type, path, cls, governs }) => {
    const open = cls === 'resource' || cls === 'trust';
    const code = template(type, path, open ? OPEN : IDENTITY);
    const r = checkText('t.yaml', code);
    const policy = r.model!.policies.find((p) => p.resource?.id === 'Thing' && !p.synthesised);
    expect(policy).toBeDefined();
    expect(policy!.path).toBe(path.replace(/\[\]/g, '[0]'));
    expect(policy!.kind).toBe(cls === 'session' ? 'identity' : cls);
    expect(Boolean(policy!.session)).toBe(cls === 'session');
    if (cls === 'resource') expect(policy!.governs).toBe(governs);
    expect(policy!.statements).toHaveLength(1);
    const findings = r.findings.filter((f) => f.resource === 'Thing' && ['critical', 'high'].includes(f.severity));
    // An endpoint policy open to all is the default: it filters, it grants nothing.
    expect(findings.length > 0).toBe(governs !== 'AWS::EC2::VPCEndpoint');
    if (cls === 'resource') {
      // A private API domain's policy is reached only through VPC endpoints: `*` is not public.
      const pub = r.findings.find((f) => f.ruleId === 'resource-policy-public');
      const line = code.split('\n').findIndex((l) => l.includes("Principal: '*'")) + 1;
      expect(pub?.line).toBe(PRIVATE.has(governs!) ? undefined : line);
    }
  });
});

/** A Transfer user whose session policy is `policy`, written as the YAML after `Policy:`. */
const transferUser = (policy: string): string =>
  dedent(`
    Resources:
      User:
        Type: AWS::Transfer::User
        Properties:
          ServerId: s-1234
          UserName: alice
          Role: arn:aws:iam::111122223333:role/transfer
          Policy: ${policy}
  `);

describe('policies written as JSON strings', () => {
  test('a block scalar: statements keep their own lines and columns', () => {
    const code = transferUser(`|
            {
              "Version": "2012-10-17",
              "Statement": [
                { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*" },
                { "Effect": "Allow", "Action": "*", "Resource": "*" }
              ]
            }`);
    const r = checkText('t.yaml', code);
    const policy = r.model!.policies.find((p) => p.resource?.id === 'User')!;
    expect(policy.statements).toHaveLength(2);
    const star = policy.statements[1].action!.items[0].node;
    const lines = code.split('\n');
    const line = lines.findIndex((l) => l.includes('"Action": "*"'));
    expect(r.model!.source.position(star.start)).toEqual({
      line: line + 1,
      column: lines[line].indexOf('"*"') + 1,
    });
    const finding = r.findings.find((f) => f.resource === 'User' && f.severity === 'critical');
    expect(finding?.line).toBe(line + 1);
  });

  test('an escaped string in a JSON template', () => {
    const doc = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kinesis:*', Resource: '*' }],
    });
    const code = `{\n  "Resources": {\n    "P": {\n      "Type": "AWS::Kinesis::ResourcePolicy",\n      "Properties": {\n        "ResourceArn": "arn:aws:kinesis:us-east-1:111122223333:stream/s",\n        "ResourcePolicy": ${JSON.stringify(doc)}\n      }\n    }\n  }\n}\n`;
    const r = checkText('t.json', code);
    const f = r.findings.find((x) => x.ruleId === 'resource-policy-public');
    expect(f).toMatchObject({ line: 7 });
    const col = code.split('\n')[6].indexOf('\\"*\\"') + 1;
    expect(f!.column).toBe(col);
  });

  test('a string that is not JSON is a problem of the policy, not silence', () => {
    const code = transferUser(`'{"Version": "2012-10-17", "Statement": [}'`);
    const policy = checkText('t.yaml', code).model!.policies[0];
    expect(policy.problems[0].message).toMatch(/not valid JSON/);
  });
});

describe('not analysed', () => {
  test('a policy known only at deploy time is a warning with its line and reason', () => {
    const code = dedent(`
      Parameters:
        QueuePolicyJson:
          Type: String
      Resources:
        Policy:
          Type: AWS::SQS::QueueInlinePolicy
          Properties:
            Queue: https://sqs.us-east-1.amazonaws.com/111122223333/q
            PolicyDocument: !Ref QueuePolicyJson
    `);
    const r = checkText('t.yaml', code);
    expect(r.warnings).toEqual([
      {
        file: 't.yaml',
        line: 9,
        message: expect.stringMatching(/^not analysed: the policy in Policy\.PolicyDocument: .*deploy time/),
      },
    ]);
    expect(r.model!.policies[0].unanalysable).toMatch(/deploy time/);
  });
});

describe('resource types and properties', () => {
  test('a misspelt type and a misspelt property warn with "did you mean"', () => {
    const code = dedent(`
      Resources:
        Sg:
          Type: AWS::EC2::SecurityGroupp
          Properties:
            GroupDescription: ssh
        Sg2:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: ssh
            SecurityGroupIngres:
              - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
        Custom:
          Type: Custom::Thing
          Properties: { Anything: 1 }
        ThirdParty:
          Type: MyOrg::Some::Thing
          Properties: { Anything: 1 }
        CDKMetadata:
          Type: AWS::CDK::Metadata
          Properties: { Analytics: v2:deflate64:H4sI }
        Handler:
          Type: AWS::CloudFormation::CustomResource
          Properties: { ServiceToken: arn:aws:lambda:us-east-1:111122223333:function:f, Size: 3 }
        Fn:
          Type: AWS::Serverless::Function
          Properties: { Handler: index.handler, Runtime: nodejs20.x, InlineCode: x, SnapStart: { ApplyOn: None } }
    `);
    const r = checkText('t.yaml', code);
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [
        3,
        expect.stringMatching(
          /AWS::EC2::SecurityGroupp is not a CloudFormation resource type.*did you mean AWS::EC2::SecurityGroup\?/,
        ),
      ],
      [
        10,
        expect.stringMatching(
          /SecurityGroupIngres is not a property of AWS::EC2::SecurityGroup.*did you mean SecurityGroupIngress\?/,
        ),
      ],
    ]);
  });

  test('closest: a typo is matched, an unrelated word is not', () => {
    expect(closest('BucketNmae', ['BucketName', 'Tags'])).toBe('BucketName');
    expect(closest('Completely', ['BucketName', 'Tags'])).toBeUndefined();
  });
});
