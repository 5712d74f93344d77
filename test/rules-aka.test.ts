/**
 * Peers' ids: the "also known as" column of rules.md is what suppressions honour, so each rule's
 * meta.aka must list exactly those ids; and a cfn_nag, checkov or cdk-nag suppression written for one
 * of them silences our finding. Each rule's family is its section of the catalogue.
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkText } from '../src/engines/analyse.js';
import { ruleById } from '../src/rules/index.js';

const SPEC = '../shared/spec/rules.md';
const TOOLS = { CN: 'cfnNag', CK: 'checkov', CDK: 'cdkNag' } as const;

/** The rules of the encryption, secrets and IMDSv2 part of the catalogue (and those folded onto the factory). */
const CHECKED = [
  'redshift-unencrypted',
  'elasticache-unencrypted',
  'opensearch-unencrypted',
  'dax-unencrypted',
  'stream-unencrypted',
  'workspaces-unencrypted',
  'eks-secrets-unencrypted',
  'codebuild-unencrypted',
  'glue-unencrypted',
  'emr-unencrypted',
  'apigateway-cache-unencrypted',
  'dlm-copy-unencrypted',
  'kms-cmk-not-used',
  'transit-encryption-disabled',
  'imdsv2-not-required',
  'rds-unencrypted',
  'hardcoded-secret',
  'elb-outdated-tls-policy',
  'efs-unencrypted',
  'sqs-unencrypted',
];

function specAka(spec: string, id: string): Record<string, string[]> {
  const row = spec.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
  if (!row) throw new Error(`${id} is not in rules.md`);
  const cells = row.split('|').map((c) => c.trim());
  const out: Record<string, string[]> = { cfnNag: [], checkov: [], cdkNag: [] };
  for (const part of cells[cells.length - 2].split(';')) {
    const [tool, ...ids] = part.trim().split(/\s+/);
    if (tool in TOOLS) out[TOOLS[tool as keyof typeof TOOLS]] = ids;
  }
  return out;
}

/** The catalogue's sections, as families. */
const FAMILY: Record<string, string> = {
  'Identity policies: least privilege': 'iam',
  'MFA and credentials': 'credentials',
  'Trust policies': 'trust',
  'Resource policies and public exposure': 'resource-policy',
  'Encryption at rest': 'encryption-at-rest',
  'Encryption in transit': 'encryption-in-transit',
  Network: 'network',
  'Logging and monitoring': 'logging',
  'The scanner itself': 'scanner',
};

function specFamily(spec: string, id: string): string | undefined {
  let section: string | undefined;
  for (const line of spec.split('\n')) {
    const heading = /^\| \*\*(.+)\*\* \|/.exec(line);
    if (heading) section = FAMILY[heading[1]];
    if (line.startsWith(`| \`${id}\` |`)) return section;
  }
  return undefined;
}

(existsSync(SPEC) ? describe : describe.skip)('families follow the sections of rules.md', () => {
  const spec = existsSync(SPEC) ? readFileSync(SPEC, 'utf8') : '';
  it.each(CHECKED)('%s', (id) => {
    expect(ruleById.get(id)!.meta.family).toBe(specFamily(spec, id));
  });
});

(existsSync(SPEC) ? describe : describe.skip)('also-known-as ids follow rules.md', () => {
  const spec = existsSync(SPEC) ? readFileSync(SPEC, 'utf8') : '';
  it.each(CHECKED)('%s', (id) => {
    const aka = ruleById.get(id)!.meta.aka ?? {};
    const want = specAka(spec, id);
    for (const k of ['cfnNag', 'checkov', 'cdkNag'] as const) {
      expect([...(aka[k] ?? [])].sort()).toEqual([...want[k]].sort());
    }
  });
});

describe("peers' suppressions silence the new rules", () => {
  const findings = (metadata: string, type: string, props: string) =>
    checkText(
      't.yaml',
      `Resources:\n  R:\n    Type: ${type}\n    Metadata:\n      ${metadata}\n    Properties:\n${props}`,
    ).findings;

  it.each([
    [
      'checkov CKV_AWS_64',
      'checkov:\n        skip:\n          - id: CKV_AWS_64\n            comment: dev',
      'AWS::Redshift::Cluster',
      '      NodeType: ra3.xlplus\n',
      'redshift-unencrypted',
    ],
    [
      'cfn_nag F30 (Neptune)',
      'cfn_nag:\n        rules_to_suppress:\n          - id: F30\n            reason: graph is public data',
      'AWS::Neptune::DBCluster',
      '      DBClusterIdentifier: g\n',
      'rds-unencrypted',
    ],
    [
      'cdk-nag AwsSolutions-DDB4',
      'cdk_nag:\n        rules_to_suppress:\n          - id: AwsSolutions-DDB4\n            reason: cache of public data',
      'AWS::DAX::Cluster',
      '      NodeType: dax.t3.small\n',
      'dax-unencrypted',
    ],
    [
      'checkov CKV_AWS_384',
      'checkov:\n        skip:\n          - id: CKV_AWS_384\n            comment: not a secret',
      'AWS::SSM::Parameter',
      '      Name: /app/token\n      Type: String\n      Value: not-really-a-token-value\n',
      'hardcoded-secret',
    ],
  ])('%s', (_name, metadata, type, props, rule) => {
    const fs = findings(metadata, type, props).filter((f) => f.ruleId === rule);
    expect(fs).toHaveLength(1);
    expect(fs[0].suppressed).toBe(true);
  });
});
