/**
 * One problem, one finding: a finding that a more severe one on the same element implies is
 * folded into it. `Action: "*"` on `Resource: "*"` is administrator access; that it also grants
 * PassRole on every role, privilege escalation, credential and data access is what
 * administrator access means, so those are named on the one finding ("Also: …") instead of
 * standing as seven more. The folded findings' ids and fingerprints stay on the finding
 * (`folded`), for suppressions written for them and for baselines.
 *
 * A stage after suppressions: a suppressed finding is kept as it is and folds nothing, so a
 * suppression written for an implied rule still matches (and is not called unused).
 */
import { severityRank, type Finding } from './types.js';

/** Where two findings must both be to be one problem. */
type Scope = 'policy' | 'element' | 'resource';

/** Rule → the rules it implies, and on what they must share. */
const IMPLIES: Record<string, { scope: Scope; rules: readonly string[] }> = {
  'iam-admin-access': {
    scope: 'policy',
    rules: [
      'iam-wildcard-action',
      'iam-wildcard-resource',
      'iam-passrole-wildcard',
      'iam-privilege-escalation',
      'iam-permissions-management',
      'iam-credentials-exposure',
      'iam-data-exfiltration',
    ],
  },
  'resource-policy-public': { scope: 'policy', rules: ['resource-policy-wildcard-action'] },
  'trust-any-principal': { scope: 'policy', rules: ['trust-wildcard-action'] },
  'lambda-permission-public': { scope: 'resource', rules: ['lambda-permission-broad-action'] },
  'sg-open-all-ports': { scope: 'element', rules: ['sg-open-admin-port', 'sg-open-database-port', 'sg-open-ingress'] },
};

/** Implied rule → the rules that imply it, in IMPLIES's order (looked up once per finding). */
const IMPLIED_BY = new Map<string, { ruleId: string; scope: Scope }[]>();
for (const [ruleId, { scope, rules }] of Object.entries(IMPLIES)) {
  for (const implied of rules) IMPLIED_BY.set(implied, [...(IMPLIED_BY.get(implied) ?? []), { ruleId, scope }]);
}

const scopeKey = (f: Finding, scope: Scope): string | undefined => {
  switch (scope) {
    case 'policy':
      return f.policy === null ? undefined : `${f.file}\0${f.resource}\0${f.policy}`;
    case 'resource':
      return f.resource === null ? undefined : `${f.file}\0${f.resource}`;
    case 'element':
      return `${f.file}\0${f.resource}\0${f.line}:${f.column}`;
  }
};

/**
 * The findings with every implied one folded into the finding that implies it (in place: that
 * finding's message gains "Also: …" and its `folded` the folded ids). Order is kept.
 */
export function foldImplied(findings: Finding[]): Finding[] {
  const impliers = new Map<string, Finding>();
  for (const f of findings) {
    const rule = IMPLIES[f.ruleId];
    if (!rule || f.suppressed || f.internal) continue;
    const key = scopeKey(f, rule.scope);
    if (key !== undefined && !impliers.has(`${f.ruleId}\0${key}`)) impliers.set(`${f.ruleId}\0${key}`, f);
  }
  if (!impliers.size) return findings;
  const into = new Map<Finding, Finding[]>();
  const gone = new Set<Finding>();
  for (const f of findings) {
    if (f.suppressed || f.internal) continue;
    for (const { ruleId, scope } of IMPLIED_BY.get(f.ruleId) ?? []) {
      const key = scopeKey(f, scope);
      const by = key === undefined ? undefined : impliers.get(`${ruleId}\0${key}`);
      // Folded only into a finding at least as severe (after the config's overrides).
      if (!by || by === f || severityRank(by.severity) > severityRank(f.severity)) continue;
      const list = into.get(by);
      if (list) list.push(f);
      else into.set(by, [f]);
      gone.add(f);
      break;
    }
  }
  for (const [by, list] of into) {
    // The most severe first, as the report orders findings.
    const folded = [...list].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
    // "Unconstrained …" reads as "unconstrained …" mid-sentence; "SSH or RDP …" stays as it is.
    const lower = (t: string) => (/^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t);
    const titles = [...new Set(folded.map((f) => lower(f.title)))];
    by.message = `${by.message} Also: ${titles.join('; ')}.`;
    by.folded = folded.map((f) => ({
      ruleId: f.ruleId,
      fingerprint: f.fingerprint,
      message: f.message,
      severity: f.severity,
      title: f.title,
      helpUri: f.helpUri,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
    }));
  }
  return findings.filter((f) => !gone.has(f));
}
