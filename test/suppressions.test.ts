import { checkText } from '../src/engines/analyse.js';
import { dedent } from './rule-tester.js';

const run = (code: string, file = 't.yaml') => checkText(file, code).findings;
const of = (code: string, rule: string, file?: string) => run(code, file).filter((f) => f.ruleId === rule);

describe('suppressions', () => {
  it('a comment on the line above suppresses the finding and keeps it in the report', () => {
    const [f] = of(
      dedent(`
        Resources:
          # policygate-ignore iam-user-access-key -- the CI user is being retired (JIRA-12)
          Key:
            Type: AWS::IAM::AccessKey
      `),
      'iam-user-access-key',
    );
    expect(f).toMatchObject({
      suppressed: true,
      suppression: { kind: 'comment', reason: 'the CI user is being retired (JIRA-12)' },
    });
  });

  it('a comment on the finding line, naming two rules', () => {
    const fs = run(
      dedent(`
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: '*'  # policygate-ignore iam-admin-access,iam-wildcard-action -- break-glass policy
                    Resource: '*'
      `),
    );
    const byRule = (id: string) => fs.find((f) => f.ruleId === id)!;
    expect(byRule('iam-admin-access').suppressed).toBe(true);
    expect(byRule('iam-wildcard-action').suppressed).toBe(true);
    expect(byRule('iam-wildcard-resource').suppressed).toBe(false);
  });

  it('a comment two lines above does not reach the finding', () => {
    const [f] = of(
      'Resources:\n  # policygate-ignore iam-user-access-key -- x\n\n  Key:\n    Type: AWS::IAM::AccessKey\n',
      'iam-user-access-key',
    );
    expect(f.suppressed).toBe(false);
  });

  it('Metadata policygate.ignore covers the resource, in JSON too', () => {
    const [f] = of(
      '{"Resources": {"Key": {"Type": "AWS::IAM::AccessKey", "Metadata": {"policygate": {"ignore": [{"rule": "iam-user-access-key", "reason": "vendor needs a key"}]}}}}}',
      'iam-user-access-key',
      't.json',
    );
    expect(f.suppression).toEqual({ kind: 'metadata', reason: 'vendor needs a key' });
  });

  it.each([
    [
      'cfn_nag',
      'cfn_nag:\n        rules_to_suppress:\n          - id: F38\n            reason: deploy role passes any role',
      'deploy role passes any role (cfn_nag F38)',
    ],
    ['checkov', 'checkov:\n        skip:\n          - id: CKV_AWS_110\n            comment: reviewed', null],
    [
      'cdk-nag',
      'cdk_nag:\n        rules_to_suppress:\n          - id: AwsSolutions-IAM5\n            reason: CDK grants',
      null,
    ],
  ])("honours %s's Metadata through the ids of rules.md", (_tool, meta, reason) => {
    const code = `Resources:\n  Policy:\n    Type: AWS::IAM::ManagedPolicy\n    Metadata:\n      ${meta}\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: [iam:PassRole, ec2:RunInstances, s3:*]\n            Resource: '*'\n`;
    const fs = run(code);
    const suppressed = fs.filter((f) => f.suppressed).map((f) => f.ruleId);
    if (_tool === 'cfn_nag') {
      expect(suppressed).toEqual(['iam-passrole-wildcard']);
      expect(fs.find((f) => f.suppressed)!.suppression).toEqual({ kind: 'metadata', reason });
    }
    if (_tool === 'checkov') expect(suppressed).toEqual(['iam-privilege-escalation']);
    if (_tool === 'cdk-nag') expect(suppressed).toEqual(['iam-wildcard-action']);
    // The peers' suppressions are not reported as unused or reasonless when they apply.
    expect(fs.filter((f) => f.ruleId.startsWith('suppression-'))).toEqual([]);
  });

  it('suppressed findings do not count toward failing the run', async () => {
    const { conclusion } = await import('../src/findings/types.js');
    const fs = run(
      'Resources:\n  # policygate-ignore iam-user-access-key -- retired soon\n  Key:\n    Type: AWS::IAM::AccessKey\n',
    );
    expect(conclusion(fs, 'info')).toBe('success');
  });
});
