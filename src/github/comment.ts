/**
 * The body of an inline review comment: severity, rule, why, fix, a link to the rule's page, a
 * suggestion block for fixes that are one deterministic edit of the line, and a hidden marker
 * carrying the finding's fingerprint so a re-run recognises it.
 */
import type { Finding } from '../findings/types.js';
import type { RuleDescription } from '../report/types.js';

/** Our marker: only at the very end of a comment we wrote (text from templates is escaped). */
export const MARKER = /<!-- policygate:fp=([0-9a-f]+) rule=([\w/-]+) -->\s*$/;
export const FIXED_MARK = '✅ **Fixed**';

/**
 * Text that comes from a template or policy (messages quote values) must not carry an HTML
 * comment that a later run could take for PolicyGate's state; GitHub renders `&lt;` as `<`.
 */
export const escapeMarkers = (text: string): string => text.replace(/<!--/g, '&lt;!--');

export const marker = (fingerprint: string, ruleId: string): string =>
  `<!-- policygate:fp=${fingerprint} rule=${ruleId} -->`;

const ICON = { critical: '🟣', high: '🔴', medium: '🟠', low: '🔵', info: '⚪' } as const;

/** One-line edits that fix a finding for certain: [rule, pattern on the line, replacement]. */
const FIXES: [string, RegExp, string][] = [
  ['cloudfront-allows-http', /(ViewerProtocolPolicy["']?\s*:\s*["']?)allow-all/, '$1redirect-to-https'],
  ['kms-rotation-disabled', /(EnableKeyRotation["']?\s*:\s*["']?)false/i, '$1true'],
  ['subnet-auto-public-ip', /(MapPublicIpOnLaunch["']?\s*:\s*["']?)true/i, '$1false'],
  ['rds-public', /(PubliclyAccessible["']?\s*:\s*["']?)true/i, '$1false'],
  ['rds-unencrypted', /(StorageEncrypted["']?\s*:\s*["']?)false/i, '$1true'],
  ['efs-unencrypted', /(Encrypted["']?\s*:\s*["']?)false/i, '$1true'],
  ['ebs-unencrypted', /(Encrypted["']?\s*:\s*["']?)false/i, '$1true'],
  ['sqs-unencrypted', /(SqsManagedSseEnabled["']?\s*:\s*["']?)false/i, '$1true'],
  ['cloudtrail-not-multi-region', /(IsMultiRegionTrail["']?\s*:\s*["']?)false/i, '$1true'],
  ['cloudtrail-no-log-validation', /(EnableLogFileValidation["']?\s*:\s*["']?)false/i, '$1true'],
  ['s3-public-acl', /(AccessControl["']?\s*:\s*["']?)(PublicReadWrite|PublicRead|AuthenticatedRead)/, '$1Private'],
  ['apigateway-outdated-tls', /(SecurityPolicy["']?\s*:\s*["']?)TLS_1_0/, '$1TLS_1_2'],
  [
    'cloudfront-outdated-tls',
    /(MinimumProtocolVersion["']?\s*:\s*["']?)(SSLv3|TLSv1(_2016|\.1_2016|_2019)?)(?=["'\s,}]|$)/,
    '$1TLSv1.2_2021',
  ],
  [
    'elb-outdated-tls-policy',
    /(SslPolicy["']?\s*:\s*["']?)ELBSecurityPolicy-[\w.-]+/,
    '$1ELBSecurityPolicy-TLS13-1-2-2021-06',
  ],
];

/** The replacement line for a deterministic fix, or undefined. */
export function suggestion(f: Finding, lineText: string | undefined): string | undefined {
  // A line carrying an HTML comment is not echoed back: it could pose as a marker.
  if (lineText === undefined || f.line !== f.endLine || lineText.includes('<!--')) return undefined;
  for (const [rule, re, to] of FIXES) {
    if (rule !== f.ruleId || !re.test(lineText)) continue;
    const fixed = lineText.replace(re, to);
    return fixed === lineText ? undefined : fixed;
  }
  return undefined;
}

export function commentBody(f: Finding, rule: RuleDescription | undefined, lineText?: string): string {
  const parts = [
    `${ICON[f.severity]} **${f.severity.toUpperCase()}** · [\`${f.ruleId}\`](${f.helpUri}) · ${escapeMarkers(f.message)}`,
  ];
  if (rule?.why) parts.push(escapeMarkers(rule.why));
  if (rule?.fix) parts.push(`**Fix:** ${escapeMarkers(rule.fix)}`);
  const s = suggestion(f, lineText);
  if (s !== undefined) parts.push(`\`\`\`suggestion\n${s}\n\`\`\``);
  parts.push(
    `<sub>Deliberate? Add \`# policygate-ignore ${f.ruleId} -- reason\` on this line or the one above. [About this rule](${f.helpUri})</sub>`,
  );
  parts.push(marker(f.fingerprint, f.ruleId));
  return parts.join('\n\n');
}
