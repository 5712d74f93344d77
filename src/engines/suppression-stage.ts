/**
 * The one suppression stage, after every engine has run (the offline rules, nested stacks
 * analysed with their parents' values, Access Analyzer): the config's `off` and severity
 * overrides, then the files' comment and Metadata suppressions (ours and the peers') and the
 * config's `ignore:` entries over every finding alike, then the findings about the suppressions
 * themselves. Pure: findings and directives in, findings out.
 */
import { makeFinding } from '../findings/finding.js';
import { applyDirectives, type Directive } from '../findings/suppressions.js';
import type { Finding, Severity } from '../findings/types.js';
import { ruleById } from '../rules/index.js';
import { messageOf } from '../rules/types.js';

export interface SuppressionStage {
  /** Every engine's findings. */
  findings: Finding[];
  /** The files' directives and the config's `ignore:` entries, in that order (the first that covers a finding wins). */
  directives: Directive[];
  /** The config's `rules:` overrides. */
  overrides?: Record<string, 'off' | Severity>;
  /** Whether Access Analyzer ran: when it did not, suppressions of its ids are not judged. */
  accessAnalyzerRan: boolean;
}

export function suppressionStage(s: SuppressionStage): Finding[] {
  const overrides = s.overrides ?? {};
  const off = (id: string) => Object.hasOwn(overrides, id) && overrides[id] === 'off';
  const findings = s.findings.filter((f) => f.internal || !off(f.ruleId));
  const used = applyDirectives(findings, s.directives);
  for (const { d, isUsed } of onePerPlace(s.directives, used)) {
    // A peer's suppression of a check PolicyGate does not have is that tool's business.
    if (d.peer && !d.rules.length) continue;
    if (!d.reason.trim()) findings.push(about(d, 'suppression-without-reason', 'noReason'));
    if (!isUsed && judged(d, off, s.accessAnalyzerRan)) findings.push(about(d, 'suppression-unused', 'unused'));
  }
  const out = findings.filter((f) => f.internal || !off(f.ruleId));
  for (const f of out) {
    const o = Object.hasOwn(overrides, f.ruleId) ? overrides[f.ruleId] : undefined;
    if (o && o !== 'off' && !f.internal) f.severity = o;
  }
  return out;
}

/**
 * Whether a suppression that matched nothing is stale. Another tool's suppression is not ours to
 * judge (teams still running cfn_nag, checkov or cdk-nag need it); one of a rule turned off had
 * nothing to match; one of an Access Analyzer id could match only if Access Analyzer ran.
 */
function judged(d: Directive, off: (id: string) => boolean, accessAnalyzerRan: boolean): boolean {
  if (d.peer) return false;
  if (d.rules.every(off)) return false;
  if (!accessAnalyzerRan && d.rules.every((r) => r.startsWith('access-analyzer/'))) return false;
  return true;
}

function about(d: Directive, ruleId: string, messageId: string): Finding {
  const where = d.kind === 'comment' ? 'comment' : d.kind === 'metadata' ? `Metadata of ${d.resource}` : 'config entry';
  const { meta } = ruleById.get(ruleId)!;
  return makeFinding({
    rule: meta,
    file: d.file,
    at: { range: d.at, path: d.path },
    message: messageOf(meta, { messageId, data: { suppressed: d.written, where } }),
    key: `${d.kind}:${d.written}`,
  });
}

/**
 * The copies an `Fn::ForEach` makes of a resource's Metadata suppression are one suppression as
 * written: it is used when any copy is, and is reported (unused, without a reason) once.
 */
function onePerPlace(directives: Directive[], used: Set<Directive>): { d: Directive; isUsed: boolean }[] {
  const byPlace = new Map<string, { d: Directive; isUsed: boolean }>();
  for (const d of directives) {
    const k = `${d.file}\0${d.kind}\0${d.at.line}:${d.at.column}:${d.at.endLine}:${d.at.endColumn}\0${d.written}`;
    const first = byPlace.get(k);
    if (first) first.isUsed ||= used.has(d);
    else byPlace.set(k, { d, isUsed: used.has(d) });
  }
  return [...byPlace.values()];
}
