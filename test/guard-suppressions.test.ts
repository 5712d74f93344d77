/**
 * cfn-guard suppressions (`Metadata: guard: SuppressedRules: [...]`): a Guard Rules Registry rule
 * name silences our rules that check the same thing on that resource, keeps the written name and
 * the Reason, and a name we do not check silences nothing and is never called unused.
 */
import { checkText } from '../src/engines/analyse.js';
import { GUARD_RULES } from '../src/findings/guard-rules.js';
import { ruleById } from '../src/rules/index.js';
import { dedent } from './rule-tester.js';

const bucket = (metadata: string) =>
  dedent(`
    Resources:
      Logs:
        Type: AWS::S3::Bucket
        Metadata:
          ${metadata}
  `);

const of = (code: string, rule: string) => checkText('t.yaml', code).findings.filter((f) => f.ruleId === rule);

describe('cfn-guard suppressions', () => {
  it('maps every Guard name to rules PolicyGate has', () => {
    for (const [name, ids] of GUARD_RULES) {
      expect([name, ids.filter((id) => !ruleById.has(id))]).toEqual([name, []]);
      expect(ids.length).toBeGreaterThan(0);
    }
  });

  it('a Guard logging suppression silences s3-no-access-logging, keeping its reason', () => {
    const code = bucket(
      'guard:\n            SuppressedRules: [S3_BUCKET_LOGGING_ENABLED]\n            Reason: this bucket holds the access logs',
    );
    const [f] = of(code, 's3-no-access-logging');
    expect(f.suppressed).toBe(true);
    expect(f.suppression).toEqual({
      kind: 'metadata',
      reason: 'this bucket holds the access logs (guard S3_BUCKET_LOGGING_ENABLED)',
    });
    // Other rules on the same resource are not silenced.
    expect(of(code, 's3-no-secure-transport').every((x) => !x.suppressed)).toBe(true);
  });

  it('a Guard suppression without a Reason is one suppression-without-reason, as for the other peers', () => {
    const code = bucket('guard:\n            SuppressedRules: [S3_BUCKET_LOGGING_ENABLED]');
    const about = checkText('t.yaml', code).findings.filter((f) => f.ruleId === 'suppression-without-reason');
    expect(about.map((f) => [f.line, f.message])).toEqual([
      [6, 'The suppression of guard S3_BUCKET_LOGGING_ENABLED (Metadata of Logs) gives no reason.'],
    ]);
  });

  it('also reads {id, reason} entries, as some CDK helpers write them', () => {
    const code = bucket(
      'guard:\n            SuppressedRules:\n              - { id: S3_BUCKET_LOGGING_ENABLED, reason: log bucket }',
    );
    const [f] = of(code, 's3-no-access-logging');
    expect(f.suppression).toEqual({ kind: 'metadata', reason: 'log bucket (guard S3_BUCKET_LOGGING_ENABLED)' });
  });

  it('suppresses only the resource that carries it', () => {
    const code = dedent(`
      Resources:
        Quiet:
          Type: AWS::S3::Bucket
          Metadata:
            guard:
              SuppressedRules:
                - S3_BUCKET_SSL_REQUESTS_ONLY
        Loud:
          Type: AWS::S3::Bucket
    `);
    const got = of(code, 's3-no-secure-transport').map((f) => [f.resource, f.suppressed]);
    expect(got.sort()).toEqual([
      ['Loud', false],
      ['Quiet', true],
    ]);
  });

  it('a name PolicyGate does not check suppresses nothing and is not reported as unused', () => {
    const code = bucket('guard:\n            SuppressedRules: [S3_BUCKET_VERSIONING_ENABLED]');
    const all = checkText('t.yaml', code).findings;
    expect(all.filter((f) => f.suppressed)).toEqual([]);
    expect(all.filter((f) => f.ruleId.startsWith('suppression-'))).toEqual([]);
  });
});
