// `npm run bench:accuracy`: scans checkov's CloudFormation test corpus with the committed CLI and
// scores the report with the corpus's own score.mjs, once on every labelled row and once without
// the rows documented as deliberate disagreements (bench/divergences.json, docs/accuracy.md), then
// the totals of each group of rules that one piece of work is measured on (GROUPS below).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const corpus = path.resolve(root, '../shared/corpus');
if (!existsSync(path.join(corpus, 'score.mjs'))) {
  console.error(`no corpus at ${corpus}: this benchmark needs ../shared/corpus beside the repository`);
  process.exit(2);
}
/** Rules measured together, each group against its own target (docs/accuracy.md). */
const GROUPS = {
  'encryption at rest and in transit, secrets, IMDSv2': [
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
  ],
  'logging, public exposure, authentication, IAM gaps': [
    'lb-no-access-logging',
    'apigateway-no-access-logging',
    'cloudfront-no-access-logging',
    'audit-logging-disabled',
    'service-publicly-accessible',
    'apigateway-method-no-auth',
    'cognito-unauthenticated-access',
    'ec2-public-ip',
    'eks-nodegroup-ssh-open',
    'vpc-endpoint-service-auto-accept',
    'sagemaker-no-network-isolation',
    'sg-open-ingress',
    'cognito-mfa-disabled',
    'db-iam-auth-disabled',
    'qldb-permissions-allow-all',
    'trust-wildcard-action',
    'iam-user-not-in-group',
    'lambda-permission-broad-action',
    'iam-not-action',
    'iam-wildcard-action',
    'iam-wildcard-resource',
    'lambda-permission-public',
  ],
};
const TARGET = { recall: 0.97, precision: 0.97 };

const started = performance.now();
const report = execFileSync(
  process.execPath,
  [path.join(root, 'dist/cli.js'), 'scan', 'templates', '--format', 'json', '--fail-on', 'never', '--access-analyzer', 'off'],
  { cwd: path.join(corpus, 'checkov'), maxBuffer: 256 << 20, encoding: 'utf8' },
);
const seconds = (performance.now() - started) / 1000;
const file = path.join(mkdtempSync(path.join(tmpdir(), 'pg-accuracy-')), 'report.json');
// A finding folded into a more severe one (src/findings/fold.ts) is listed in the JSON report on
// its own, with `foldedInto`: the shared scorer sees every rule's verdict as it is.
writeFileSync(file, report);
const score = (...extra) =>
  execFileSync(process.execPath, [path.join(corpus, 'score.mjs'), '--expected', path.join(corpus, 'checkov/expected.json'), '--report', file, ...extra], {
    encoding: 'utf8',
  });
const summary = JSON.parse(report).summary;
console.log(`scanned ${summary.files} files (${summary.templates} templates) in ${seconds.toFixed(2)} s\n`);
console.log('== every labelled row (checkov\'s verdicts)');
console.log(score());
console.log('== without the documented divergences (docs/accuracy.md, bench/divergences.json)');
const divergences = path.join(root, 'bench/divergences.json');
console.log(score('--exclude', divergences));

const pct = (x) => (x == null ? '-' : `${(100 * x).toFixed(1)}%`);
for (const [name, rules] of Object.entries(GROUPS)) {
  console.log(`\n== ${name} (${rules.length} rules; target recall and precision >= ${pct(TARGET.recall)})`);
  for (const [label, extra] of [
    ['every labelled row', []],
    ['without divergences', ['--exclude', divergences]],
  ]) {
    const r = JSON.parse(score('--json', '--rules', rules.join(','), ...extra));
    const t = r.totals;
    const ok = (t.recall ?? 1) >= TARGET.recall && (t.precision ?? 1) >= TARGET.precision;
    const mapped = Object.keys(r.rules).length;
    console.log(
      `${label.padEnd(20)}  TP ${t.tp}  FN ${t.fn}  FP ${t.fp}  TN ${t.tn}  recall ${pct(t.recall)}  precision ${pct(t.precision)}` +
        `  (${r.rows.cases} cases, ${mapped} rules with rows)${extra.length ? (ok ? '  meets the target' : '  BELOW the target') : ''}`,
    );
  }
}
