/**
 * `--format sarif`: SARIF 2.1.0, with GitHub code scanning's security-severity. Each rule has a
 * readable `name` (`SecurityGroupOpenAdminPort`) beside its id. Suppressed findings are left out
 * unless asked for (`--show-suppressed`): GitHub's supported subset of SARIF does not include
 * `suppressions`, and code scanning opens an alert for a result that carries one. When asked for,
 * they carry `suppressions` (accepted, with the reason) for consumers that read it.
 */
import type { Severity } from '../findings/types.js';
import type { Reporter, RuleDescription } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

// GitHub buckets security-severity: ≥9 critical, ≥7 high, ≥4 medium, >0 low.
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

/** Words of rule ids written as AWS writes them, for the rules' readable names. */
const WORDS: Record<string, string> = {
  sg: 'SecurityGroup',
  lb: 'LoadBalancer',
  db: 'Database',
  apigateway: 'ApiGateway',
  cloudfront: 'CloudFront',
  cloudtrail: 'CloudTrail',
  cloudwatch: 'CloudWatch',
  codebuild: 'CodeBuild',
  guardduty: 'GuardDuty',
  elasticache: 'ElastiCache',
  opensearch: 'OpenSearch',
  sagemaker: 'SageMaker',
  nodegroup: 'NodeGroup',
  passrole: 'PassRole',
  imdsv2: 'IMDSv2',
  workspaces: 'WorkSpaces',
  redshift: 'Redshift',
  route53: 'Route53',
};
const UPPER = new Set([
  'iam',
  'kms',
  's3',
  'ec2',
  'elb',
  'eks',
  'emr',
  'dax',
  'efs',
  'ebs',
  'cmk',
  'tls',
  'http',
  'ssh',
]);
for (const w of ['mfa', 'ip', 'dlm', 'oidc', 'url', 'vpc', 'nacl', 'rds', 'sns', 'sqs', 'qldb', 'acl', 'id'])
  UPPER.add(w);

/** A rule's readable name, distinct from its id: `sg-open-admin-port` → `SecurityGroupOpenAdminPort`. */
export function ruleName(id: string): string {
  return id
    .split(/[-/_]/)
    .filter(Boolean)
    .map((w) => {
      const lower = w.toLowerCase();
      if (WORDS[lower]) return WORDS[lower];
      if (UPPER.has(lower)) return lower.toUpperCase();
      return lower[0].toUpperCase() + lower.slice(1);
    })
    .join('');
}

export const sarifReport: Reporter = ({ result, toolVersion, rules }, opts = {}) => {
  const findings = result.findings.filter((f) => !f.suppressed || opts.showSuppressed);
  const known = new Map(rules.map((r) => [r.id, r]));
  const used: RuleDescription[] = [...rules];
  for (const f of findings) {
    if (!known.has(f.ruleId)) {
      const d = { id: f.ruleId, severity: f.severity, title: f.title, why: f.title, fix: '', helpUri: f.helpUri };
      known.set(f.ruleId, d);
      used.push(d);
    }
  }
  const index = new Map(used.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'PolicyGate',
            version: toolVersion,
            informationUri: 'https://github.com/policygate/policygate',
            ...(result.catalogue ? { properties: { iamCatalogue: result.catalogue } } : {}),
            rules: used.map((r) => ({
              id: r.id,
              name: ruleName(r.id),
              shortDescription: { text: r.title },
              fullDescription: { text: r.why },
              helpUri: r.helpUri,
              help: { text: `${r.why}\n\nFix: ${r.fix}`, markdown: `${r.why}\n\n**Fix:** ${r.fix}` },
              defaultConfiguration: { level: LEVEL[r.severity as Severity] ?? 'warning' },
              properties: {
                'security-severity': SECURITY_SEVERITY[r.severity as Severity] ?? '5.5',
                tags: ['security', 'iam', 'cloudformation'],
              },
            })),
          },
        },
        // What could not be looked at (a folder with no candidate file, an unreadable file) is
        // a tool notification, so a SARIF consumer sees it too.
        invocations: [
          {
            executionSuccessful: !result.warnings.some((w) => w.fatal),
            toolExecutionNotifications: result.warnings.map((w) => ({
              level: 'warning',
              message: { text: w.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: w.file },
                    ...(w.line ? { region: { startLine: w.line } } : {}),
                  },
                },
              ],
            })),
          },
        ],
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
              ...(f.resource ? { logicalLocations: [{ name: f.resource, kind: 'resource' }] } : {}),
            },
          ],
          partialFingerprints: { 'policygate/v1': f.fingerprint },
          properties: { 'security-severity': SECURITY_SEVERITY[f.severity], severity: f.severity },
          ...(f.suppressed && f.suppression
            ? {
                suppressions: [
                  {
                    kind: f.suppression.kind === 'config' ? 'external' : 'inSource',
                    status: 'accepted',
                    justification: f.suppression.reason,
                  },
                ],
              }
            : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};
