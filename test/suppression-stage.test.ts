/**
 * The one suppression stage after every engine: which suppressions that match nothing are
 * reported (rules.md `suppression-unused`), for comments, Metadata (ours and the peers') and config
 * entries, and Access Analyzer's findings suppressed by the same comments as the offline rules'.
 */
import { jest } from '@jest/globals';
import { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scan } from '../src/scan/scan.js';
import { parseConfig } from '../src/inputs/config.js';
import { RULES } from '../src/rules/index.js';
import type { Finding } from '../src/findings/types.js';
import { startAccessAnalyzer } from './access-analyzer-server.js';
import { dedent } from './rule-tester.js';

jest.setTimeout(60_000);

const KNOWN = new Set(RULES.map((r) => r.meta.id));

function repo(template: string, config?: string): { dir: string; config?: ReturnType<typeof parseConfig> } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-stage-'));
  mkdirSync(path.join(dir, 'stacks'));
  writeFileSync(path.join(dir, 'stacks/app.yaml'), template);
  return { dir, config: config === undefined ? undefined : parseConfig('.github/policygate.yml', config, KNOWN, dir) };
}

async function findingsOf(template: string, config?: string): Promise<Finding[]> {
  const r = repo(template, config);
  return (await scan({ cwd: r.dir, files: { paths: ['.'] }, config: r.config })).findings;
}

const unused = (fs: Finding[]) => fs.filter((f) => f.ruleId === 'suppression-unused').map((f) => [f.file, f.line]);

/** A bucket that breaks none of the IAM rules the suppressions below name. */
const bucketWith = (metadata: string) =>
  [
    'Resources:',
    '  Topic:',
    '    Type: AWS::SNS::Topic',
    '    Metadata:',
    ...metadata.split('\n').map((l) => `      ${l}`),
    '    Properties:',
    '      KmsMasterKeyId: alias/topics',
    '',
  ].join('\n');

describe('suppression-unused', () => {
  it.each([
    ['cfn_nag', 'cfn_nag:\n  rules_to_suppress:\n    - id: F3\n      reason: wildcard reviewed'],
    ['checkov', 'checkov:\n  skip:\n    - id: CKV_AWS_111\n      comment: reviewed'],
    ['cdk-nag', 'cdk_nag:\n  rules_to_suppress:\n    - id: AwsSolutions-IAM5\n      reason: CDK grants'],
  ])("is never reported for %s's suppression that matches nothing", async (_tool, metadata) => {
    const fs = await findingsOf(bucketWith(metadata));
    expect(fs.filter((f) => !f.suppressed).map((f) => f.ruleId)).toEqual([]);
    expect(unused(fs)).toEqual([]);
  });

  it("is reported for PolicyGate's Metadata suppression that matches nothing, at its entry", async () => {
    const fs = await findingsOf(bucketWith('policygate:\n  ignore:\n    - rule: iam-wildcard-action\n      reason: x'));
    expect(unused(fs)).toEqual([['stacks/app.yaml', 7]]);
    expect(fs.find((f) => f.ruleId === 'suppression-unused')).toMatchObject({ column: 13, severity: 'info' });
  });

  it('is not reported for a rule turned off, whether by comment, Metadata or config entry', async () => {
    const template = dedent(`
      Resources:
        # policygate-ignore iam-user-access-key -- the CI user is retired in Q1
        Key:
          Type: AWS::IAM::AccessKey
          Metadata:
            policygate:
              ignore:
                - rule: iam-user-access-key
                  reason: retired in Q1
        # policygate-ignore iam-admin-access -- not here: still reported
        Topic:
          Type: AWS::SNS::Topic
          Properties:
            KmsMasterKeyId: alias/topics
    `);
    const config = dedent(`
      rules:
        iam-user-access-key: off
      ignore:
        - rule: iam-user-access-key
          reason: retired in Q1
    `);
    const fs = await findingsOf(template, config);
    expect(fs.filter((f) => f.ruleId === 'iam-user-access-key')).toEqual([]);
    expect(unused(fs)).toEqual([['stacks/app.yaml', 10]]);
    // The same without the config: the rule fires and the first suppression is used.
    const without = await findingsOf(template);
    expect(without.find((f) => f.ruleId === 'iam-user-access-key')?.suppression?.kind).toBe('comment');
    expect(unused(without)).toEqual([
      ['stacks/app.yaml', 8],
      ['stacks/app.yaml', 10],
    ]);
  });

  it('is not reported for an Access Analyzer id when Access Analyzer did not run', async () => {
    const fs = await findingsOf(
      dedent(`
        Resources:
          # policygate-ignore access-analyzer/INVALID_ACTION -- typo kept for the demo
          Topic:
            Type: AWS::SNS::Topic
            Properties:
              KmsMasterKeyId: alias/topics
      `),
    );
    expect(unused(fs)).toEqual([]);
  });
});

describe("Access Analyzer's findings through the same stage", () => {
  const POLICY = (comment: string) =>
    dedent(`
      Resources:
        Policy:
          Type: AWS::IAM::ManagedPolicy
          Properties:
            PolicyDocument:
              Statement:
                - Effect: Allow
                  Action:
                    ${comment}
                    - s3:GetObjects
                  Resource: arn:aws:s3:::bucket/*
    `);

  async function withAccessAnalyzer(template: string): Promise<Finding[]> {
    const aa = await startAccessAnalyzer();
    try {
      const r = repo(template);
      const client = new AccessAnalyzerClient({
        region: 'us-east-1',
        endpoint: aa.url,
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      });
      const result = await scan({
        cwd: r.dir,
        files: { paths: ['.'] },
        accessAnalyzer: {
          mode: 'on',
          region: 'us-east-1',
          checks: new Set(['validate']),
          sensitiveActions: [],
          client,
        },
      });
      expect(result.accessAnalyzer.ran).toBe(true);
      return result.findings;
    } finally {
      await aa.close();
    }
  }

  it('a comment suppresses an Access Analyzer finding as it does a rule', async () => {
    const fs = await withAccessAnalyzer(
      POLICY('# policygate-ignore access-analyzer/INVALID_ACTION,iam-unknown-action -- fixed upstream'),
    );
    const aa = fs.find((f) => f.ruleId === 'access-analyzer/INVALID_ACTION')!;
    expect(aa).toMatchObject({ line: 10, suppressed: true, suppression: { kind: 'comment' } });
    expect(unused(fs)).toEqual([]);
  });

  it('an Access Analyzer id that matches nothing when it ran is reported', async () => {
    const fs = await withAccessAnalyzer(
      POLICY('# policygate-ignore access-analyzer/PASS_ROLE_WITH_STAR_IN_RESOURCE -- x'),
    );
    expect(unused(fs)).toEqual([['stacks/app.yaml', 9]]);
  });
});
