/**
 * The Access Analyzer engine against the stand-in service, through the real SDK client (SigV4
 * signing, restJson1, retries): findings at exact lines (YAML short forms included), pagination,
 * the custom checks, caching of identical calls, throttling, AccessDenied, and missing credentials.
 */
import { jest } from '@jest/globals';
import { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer';
import { analyseText } from '../src/engines/analyse.js';
import { runAccessAnalyzer, policyKey, type AccessAnalyzerOptions } from '../src/engines/access-analyzer/engine.js';
import { DEFAULT_SENSITIVE_ACTIONS, plan } from '../src/engines/access-analyzer/checks.js';
import { nodeForPath, type PathElement } from '../src/engines/access-analyzer/serialize.js';
import type { FileModel } from '../src/rules/types.js';
import {
  ACCESS_CHECK_RESOURCE_TYPES,
  startAccessAnalyzer,
  type AAStandIn,
  type AAStandInOptions,
} from './access-analyzer-server.js';
import { policyProperties } from '../src/policies/policy-properties-data.js';
import { dedent } from './rule-tester.js';

jest.setTimeout(60_000);

const TEMPLATE = dedent(`
  Resources:
    Role:
      Type: AWS::IAM::Role
      Properties:
        AssumeRolePolicyDocument:
          Statement:
            - Effect: Allow
              Principal: { AWS: '*' }
              Action: sts:AssumeRole
        Policies:
          - PolicyName: app
            PolicyDocument:
              Statement:
                - Effect: Allow
                  Action:
                    - s3:GetObjects
                    - !Sub 'iam:${'${'}Verb}Role'
                  Resource: '*'
    Bucket:
      Type: AWS::S3::Bucket
  Parameters:
    Verb: { Type: String, Default: Pass }
`);

const model = (text = TEMPLATE, file = 'stack.yaml'): FileModel => analyseText(file, text).model!;

let aa: AAStandIn | undefined;
afterEach(async () => {
  await aa?.close();
  aa = undefined;
});

async function run(models: FileModel[], standIn: AAStandInOptions = {}, over: Partial<AccessAnalyzerOptions> = {}) {
  aa = await startAccessAnalyzer(standIn);
  const client = new AccessAnalyzerClient({
    region: 'us-east-1',
    endpoint: aa.url,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 4,
    retryMode: 'adaptive',
  });
  return runAccessAnalyzer(models, {
    mode: 'auto',
    region: 'us-east-1',
    checks: new Set(['validate', 'no-public-access', 'access-not-granted', 'no-new-access']),
    sensitiveActions: DEFAULT_SENSITIVE_ACTIONS,
    client,
    ...over,
  });
}

describe('Access Analyzer', () => {
  it('maps ValidatePolicy findings to the exact line, short-form tags included, across pages', async () => {
    const r = await run([model()], { onePerPage: true });
    expect(r.error).toBeUndefined();
    const at = (id: string) => r.findings.filter((f) => f.ruleId === id).map((f) => [f.line, f.column, f.severity]);
    expect(at('access-analyzer/INVALID_ACTION')).toEqual([[16, 21, 'high']]);
    expect(at('access-analyzer/PASS_ROLE_WITH_STAR_IN_RESOURCE')).toEqual([[17, 21, 'high']]);
    expect(r.findings.find((f) => f.ruleId === 'access-analyzer/INVALID_ACTION')).toMatchObject({
      source: 'access-analyzer',
      resource: 'Role',
      policy: 'Policies[0].PolicyDocument',
    });
    expect(aa!.calls.filter((c) => c.op === 'ValidatePolicy').length).toBeGreaterThanOrEqual(3);
  });

  it('runs the custom checks: public trust policy, sensitive actions', async () => {
    const r = await run([model()]);
    const pub = r.findings.find((f) => f.ruleId === 'access-analyzer/check-no-public-access')!;
    expect([pub.line, pub.severity]).toEqual([7, 'critical']);
    const granted = r.findings.find((f) => f.ruleId === 'access-analyzer/check-access-not-granted')!;
    expect([granted.line, granted.severity]).toEqual([14, 'high']);
    expect(r.billedCalls).toBe(aa!.calls.filter((c) => c.op !== 'ValidatePolicy').length);
  });

  it('checks a changed policy against its own version on the base branch', async () => {
    const base = model(TEMPLATE.replace(/^ *- !Sub 'iam:\$\{Verb\}Role'\n/m, ''));
    expect(base.source.text).not.toContain('!Sub');
    const r = await run([model()], {}, { base: new Map(base.policies.map((p) => [policyKey(p), p])) });
    const f = r.findings.find((x) => x.ruleId === 'access-analyzer/check-no-new-access')!;
    expect(f.line).toBe(14);
    const call = aa!.calls.find((c) => c.op === 'CheckNoNewAccess')!;
    expect(call.body.policyType).toBe('IDENTITY_POLICY');
  });

  it('sends identical policies once per run', async () => {
    const r = await run([model(TEMPLATE, 'a.yaml'), model(TEMPLATE, 'b.yaml')]);
    const validate = aa!.calls.filter((c) => c.op === 'ValidatePolicy').length;
    expect(validate).toBe(2); // the trust policy and the inline policy, not four
    expect(r.findings.filter((f) => f.ruleId === 'access-analyzer/INVALID_ACTION').map((f) => f.file)).toEqual([
      'a.yaml',
      'b.yaml',
    ]);
  });

  it('retries throttling, with and without Retry-After', async () => {
    const a = await run([model()], { throttle: 2, throttleRetryAfter: true });
    expect(a.error).toBeUndefined();
    await aa!.close();
    const b = await run([model()], { throttle: 2 });
    expect(b.error).toBeUndefined();
    expect(aa!.calls.filter((c) => c.status === 429)).toHaveLength(2);
  });

  it('AccessDenied is an error that names the permissions, never a pass', async () => {
    const r = await run([model()], { deny: true });
    expect(r.error).toMatch(
      /denied the call .* access-analyzer:ValidatePolicy, CheckNoNewAccess, CheckAccessNotGranted and CheckNoPublicAccess/,
    );
  });

  it('a 500 that persists is an error', async () => {
    expect((await run([model()], { fail500: 50 })).error).toMatch(/InternalServerException/);
  });

  it("a policy over ValidatePolicy's maximum is reported and not sent; the others are checked", async () => {
    const big = `{"Statement":[{"Effect":"Allow","Resource":"*","Action":[${Array.from({ length: 3000 }, (_, i) => `"s3:GetObject${i}"`).join(',')}]}]}`;
    const r = await run([model(big, 'big.json'), model()]);
    expect(r.error).toBeUndefined();
    expect(r.findings.filter((f) => f.file === 'big.json').map((f) => [f.ruleId, f.line, f.severity])).toEqual([
      ['access-analyzer/POLICY_SIZE_EXCEEDS_VALIDATE_POLICY_MAXIMUM', 1, 'medium'],
    ]);
    expect(r.notes.join('\n')).toMatch(/1 policy was not sent to Access Analyzer: over 32768 characters.*big\.json/);
    expect(aa!.calls.some((c) => String(c.body.policyDocument).includes('GetObject2999'))).toBe(false);
    expect(r.findings.some((f) => f.ruleId === 'access-analyzer/INVALID_ACTION' && f.file === 'stack.yaml')).toBe(true);
    expect(aa!.malformed).toEqual([]);
  });

  it("only the custom checks denied: ValidatePolicy's findings stay, a warning in auto, an error with on", async () => {
    const auto = await run([model()], { denyCustom: true });
    expect(auto.error).toBeUndefined();
    expect(auto.findings.map((f) => f.ruleId)).toContain('access-analyzer/INVALID_ACTION');
    expect(auto.notes).toContain(
      'Warning: Access Analyzer denied the custom checks (CheckAccessNotGranted, CheckNoPublicAccess); ValidatePolicy ran and its findings are kept. Allow the role access-analyzer:CheckAccessNotGranted, access-analyzer:CheckNoPublicAccess, or set `checks: validate` to turn the custom checks off.',
    );
    // Refused calls are not billed.
    expect(auto.billedCalls).toBe(0);
    expect(auto.calls).toBeGreaterThan(0);
    await aa!.close();
    const on = await run([model()], { denyCustom: true }, { mode: 'on' });
    expect(on.error).toMatch(/denied the custom checks/);
    expect(on.findings.map((f) => f.ruleId)).toContain('access-analyzer/INVALID_ACTION');
  });

  it('a statement failing in two batches of 100 sensitive actions is one finding', async () => {
    const code = dedent(`
      Resources:
        P:
          Type: AWS::IAM::ManagedPolicy
          Properties:
            PolicyDocument:
              Statement:
                - Effect: Allow
                  Action: '*'
                  Resource: '*'
    `);
    const actions = Array.from({ length: 150 }, (_, i) => `s3:Action${i}`);
    const r = await run([model(code)], {}, { sensitiveActions: actions, checks: new Set(['access-not-granted']) });
    expect(aa!.calls.filter((c) => c.op === 'CheckAccessNotGranted')).toHaveLength(2);
    expect(r.findings.filter((f) => f.ruleId === 'access-analyzer/check-access-not-granted')).toHaveLength(1);
    expect(r.billedCalls).toBe(2);
    expect(aa!.malformed).toEqual([]);
  });

  it('without credentials: auto skips with a notice, on is an error', async () => {
    const noCreds = new AccessAnalyzerClient({
      region: 'us-east-1',
      credentials: async () => Promise.reject(new Error('no credentials')),
    });
    const auto = await runAccessAnalyzer([model()], {
      mode: 'auto',
      region: 'us-east-1',
      checks: new Set(['validate']),
      sensitiveActions: [],
      client: noCreds,
    });
    expect(auto).toMatchObject({ ran: false, skipped: 'no AWS credentials', calls: 0 });
    const on = await runAccessAnalyzer([model()], {
      mode: 'on',
      region: 'us-east-1',
      checks: new Set(['validate']),
      sensitiveActions: [],
      client: noCreds,
    });
    expect(on.error).toMatch(/no AWS credentials resolve/);
  });

  it('does not send a policy whose values are only known at deploy time, and says so', async () => {
    const r = await run([
      model(
        'Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: !ImportValue shared\n',
      ),
    ]);
    expect(aa!.calls).toHaveLength(0);
    expect(r.notes.join('\n')).toMatch(/1 policy was not sent to Access Analyzer/);
  });

  it('a call that answers after the timeout is an error after retries, not a hang', async () => {
    aa = await startAccessAnalyzer({ latencyMs: 1500 });
    const client = new AccessAnalyzerClient({
      region: 'us-east-1',
      endpoint: aa.url,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      maxAttempts: 2,
      requestHandler: { requestTimeout: 200, throwOnRequestTimeout: true },
    });
    const started = Date.now();
    const r = await runAccessAnalyzer([model()], {
      mode: 'auto',
      region: 'us-east-1',
      checks: new Set(['validate']),
      sensitiveActions: [],
      client,
    });
    expect(r.error).toMatch(/failed after retries/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('Access Analyzer: every policy type it supports, as it names them', () => {
  /** One resource per policy property the generated table holds, each open to everyone. */
  const everyType = (): string => {
    const doc =
      "{ Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: '*', Action: 's3:GetObject', Resource: '*' }] }";
    const lines = ['Resources:'];
    let n = 0;
    const add = (type: string, props: string) =>
      lines.push(`  R${n++}:`, `    Type: ${type}`, `    Properties: ${props}`);
    for (const [type, entries] of Object.entries(policyProperties)) {
      for (const [path, cls] of entries) {
        if (cls !== 'resource') continue;
        // The path's steps as nested flow mappings (`A[].B` → { A: [{ B: doc }] }).
        const value = path
          .split('.')
          .reverse()
          .reduce(
            (inner, step) => (step.endsWith('[]') ? `{ ${step.slice(0, -2)}: [${inner}] }` : `{ ${step}: ${inner} }`),
            doc,
          );
        add(type, value);
      }
    }
    const arn = (a: string) => `{ ResourceArn: '${a}', ResourcePolicy: ${doc} }`;
    add('AWS::Kinesis::ResourcePolicy', arn('arn:aws:kinesis:us-east-1:111122223333:stream/s/consumer/c:1'));
    add('AWS::CloudTrail::ResourcePolicy', arn('arn:aws:cloudtrail:us-east-1:111122223333:eventdatastore/e'));
    add('AWS::CloudTrail::ResourcePolicy', arn('arn:aws:cloudtrail:us-east-1:111122223333:dashboard/d'));
    add('AWS::Lambda::Permission', "{ FunctionName: f, Action: 'lambda:InvokeFunction', Principal: '*' }");
    add('AWS::IAM::Role', `{ AssumeRolePolicyDocument: ${doc.replace('s3:GetObject', 'sts:AssumeRole')} }`);
    return `${lines.join('\n')}\n`;
  };

  it('sends each to CheckNoPublicAccess with its own resource type: all 26, every request well-formed', async () => {
    const m = model(everyType());
    const r = await run([m], {}, { checks: new Set(['validate', 'no-public-access']), maxPolicies: 1000 });
    expect(r.error).toBeUndefined();
    expect(aa!.malformed).toEqual([]);
    const sent = new Set(aa!.calls.filter((c) => c.op === 'CheckNoPublicAccess').map((c) => c.body.resourceType));
    expect(ACCESS_CHECK_RESOURCE_TYPES).toHaveLength(26);
    expect([...sent].sort()).toEqual([...ACCESS_CHECK_RESOURCE_TYPES].sort());
    // Every policy went to ValidatePolicy, with the resource type where the enum has one.
    const validated = aa!.calls.filter((c) => c.op === 'ValidatePolicy');
    expect(new Set(validated.map((c) => c.body.validatePolicyResourceType))).toEqual(
      new Set([
        undefined,
        'AWS::S3::Bucket',
        'AWS::S3::AccessPoint',
        'AWS::S3::MultiRegionAccessPoint',
        'AWS::S3ObjectLambda::AccessPoint',
        'AWS::IAM::AssumeRolePolicyDocument',
        'AWS::DynamoDB::Table',
      ]),
    );
    // A Glacier vault goes as AWS::S3::Glacier, an Elasticsearch domain as OpenSearch, a directory
    // bucket as S3Express, a DynamoDB table and its stream each as itself.
    const sentAs = (type: string) =>
      m.policies.filter((p) => p.resource?.type === type).map((p) => plan(p).noPublicAccess?.resourceType);
    expect(sentAs('AWS::Glacier::Vault')).toEqual(['AWS::S3::Glacier']);
    expect(sentAs('AWS::Elasticsearch::Domain')).toEqual(['AWS::OpenSearchService::Domain']);
    expect(sentAs('AWS::S3Express::BucketPolicy')).toEqual(['AWS::S3Express::DirectoryBucket']);
    expect(sentAs('AWS::DynamoDB::Table').sort()).toEqual(['AWS::DynamoDB::Stream', 'AWS::DynamoDB::Table']);
    // Each of them open to everyone: each found public (identical calls are made once).
    expect(r.findings.filter((f) => f.ruleId === 'access-analyzer/check-no-public-access').length).toBe(
      m.policies.filter((p) => plan(p).noPublicAccess).length,
    );
  });

  it('SAM policy templates and managed policy names take the partition and region of --region', () => {
    const code = dedent(`
      Transform: AWS::Serverless-2016-10-31
      Resources:
        Fn:
          Type: AWS::Serverless::Function
          Properties:
            Handler: index.handler
            Runtime: nodejs20.x
            InlineCode: x
            Policies:
              - AWSLambdaBasicExecutionRole
              - SQSSendMessagePolicy: { QueueName: q }
    `);
    for (const [region, partition] of [
      ['cn-north-1', 'aws-cn'],
      ['us-gov-west-1', 'aws-us-gov'],
      ['eu-west-1', 'aws'],
    ]) {
      const m = analyseText('t.yaml', code, { region }).model!;
      expect(m.managed.map((a) => a.arn)).toEqual([`arn:${partition}:iam::aws:policy/AWSLambdaBasicExecutionRole`]);
      const sqs = m.policies.find((p) => p.path === 'Policies[1]')!;
      expect(sqs.statements[0].resource!.items.map((i) => i.value)).toEqual([
        `arn:${partition}:sqs:${region}:${m.resolver.accountId}:q`,
      ]);
    }
  });
});

describe('Access Analyzer locations: every PathElement member lands on the element', () => {
  const SINGLE = dedent(`
    Resources:
      Policy:
        Type: AWS::IAM::ManagedPolicy
        Properties:
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              Sid: read reports
              Effect: Allow
              Action: s3:GetObjects
              Resource: arn:aws:s3:us-east-1::reports/*
              Condition:
                StringEqualz:
                  aws:PrincipalTag/team: reports
  `);

  it('a single-object Statement (no index step): value, index, substring and key', async () => {
    const m = model(SINGLE);
    const r = await run([m], {}, { checks: new Set(['validate']) });
    expect(r.error).toBeUndefined();
    const sent = JSON.parse(String(aa!.calls.find((c) => c.op === 'ValidatePolicy')!.body.policyDocument));
    expect(Array.isArray(sent.Statement)).toBe(false);
    const at = (code: string) =>
      r.findings
        .filter((f) => f.ruleId === `access-analyzer/${code}`)
        .map((f) => [f.line, m.source.lineText(f.line).slice(f.column - 1, f.endColumn - 1), f.approximate ?? false]);
    expect(at('INVALID_SID_VALUE')).toEqual([[8, 'read reports', false]]);
    expect(at('INVALID_ACTION')).toEqual([[10, 's3:GetObjects', false]]);
    // The Region inside the ARN, not the whole string.
    expect(at('INVALID_ARN_REGION')).toEqual([[11, 'us-east-1', false]]);
    // The operator's key itself.
    expect(at('INVALID_CONDITION_OPERATOR')).toEqual([[13, 'StringEqualz', false]]);
  });

  it('the same mistakes in a list of statements, JSON too', async () => {
    const json = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports' },
          {
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:GetObjects'],
            Resource: 'arn:aws:s3:eu-west-1::reports/*',
            Condition: { StringEqualz: { 'aws:PrincipalTag/team': 'reports' } },
          },
        ],
      },
      null,
      2,
    );
    const m = model(json, 'policy.json');
    const r = await run([m], {}, { checks: new Set(['validate']) });
    const at = (code: string) =>
      r.findings
        .filter((f) => f.ruleId === `access-analyzer/${code}`)
        .map((f) => [m.source.lineText(f.line).slice(f.column - 1, f.endColumn - 1), f.approximate ?? false]);
    expect(at('INVALID_ACTION')).toEqual([['"s3:GetObjects"', false]]);
    expect(at('INVALID_ARN_REGION')).toEqual([['eu-west-1', false]]);
    expect(at('INVALID_CONDITION_OPERATOR')).toEqual([['"StringEqualz"', false]]);
  });

  it('a path the parsed policy cannot follow lands on the nearest element, marked approximate', () => {
    const m = model(SINGLE);
    const p = m.policies[0];
    const text = m.source.text;
    const where = (path: PathElement[]) => {
      const { node, exact } = nodeForPath(p, path, m.resolver, text);
      return [m.source.position(node.start).line, exact];
    };
    expect(where([{ value: 'Statement' }, { value: 'Action' }, { index: 0 }])).toEqual([10, true]);
    expect(where([{ value: 'Statement' }, { index: 0 }, { value: 'Action' }, { index: 0 }])).toEqual([10, true]);
    expect(where([{ value: 'Statement' }, { key: 'Condition' }])).toEqual([12, true]);
    expect(where([{ value: 'Version' }])).toEqual([6, true]);
    expect(where([{ key: 'Statement' }])).toEqual([7, true]);
    expect(where([{ value: 'Statement' }, { value: 'Action' }, { index: 3 }])).toEqual([10, false]);
    expect(where([{ value: 'Statement' }, { index: 4 }])).toEqual([8, false]);
    expect(where([{ value: 'Statement' }, { value: 'Condition' }, { value: 'Nope' }])).toEqual([13, false]);
    expect(where([{ $unknown: ['future', 1] }])).toEqual([6, false]);
  });
});
