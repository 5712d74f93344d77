/**
 * The body of an inline review comment: severity, rule, why, fix, a link to the rule's page, a
 * suggestion block when the finding carries a fix that edits the commented line, and a hidden marker
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

/**
 * The commented line with the finding's fix applied (the fix is data the rule attached: a range
 * and its replacement), or undefined when there is no fix or it is not an edit of that one line.
 */
export function suggestion(f: Finding, lineText: string | undefined): string | undefined {
  const fix = f.fix;
  // A line carrying an HTML comment is not echoed back: it could pose as a marker.
  if (!fix || lineText === undefined || f.line !== f.endLine || lineText.includes('<!--')) return undefined;
  if (fix.line !== f.line || fix.endLine !== f.line || fix.endColumn > lineText.length + 1) return undefined;
  const fixed = lineText.slice(0, fix.column - 1) + fix.replacement + lineText.slice(fix.endColumn - 1);
  return fixed === lineText || fixed.includes('<!--') ? undefined : fixed;
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
