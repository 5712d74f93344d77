/**
 * The Access Analyzer engine: every policy of the scanned files through the four checks, calls
 * run concurrently under a limit, identical (text, check, type) calls made once per run, throttling
 * retried by the SDK's adaptive mode (one token bucket for the whole pool). Credentials come from
 * the SDK's default chain. A check that was asked for and could not run is an error, never a pass.
 */
import {
  AccessAnalyzerClient,
  CheckAccessNotGrantedCommand,
  CheckNoNewAccessCommand,
  CheckNoPublicAccessCommand,
  paginateValidatePolicy,
  type ValidatePolicyFinding,
} from '@aws-sdk/client-accessanalyzer';
import pLimit from 'p-limit';
import type { Finding, Severity } from '../../findings/types.js';
import { makeFinding, type FindingRule } from '../../findings/finding.js';
import type { Policy } from '../../policies/types.js';
import { policyKey } from '../../policies/key.js';
import type { FileModel } from '../../rules/types.js';
import { MAX_VALIDATE_SIZE, plan, type CheckName } from './checks.js';
import { nodeForPath, nodeForStatement, serialize, type Located, type PathElement } from './serialize.js';

export interface AccessAnalyzerOptions {
  mode: 'auto' | 'on';
  region: string;
  checks: Set<CheckName>;
  sensitiveActions: string[];
  concurrency?: number;
  /** The policies of the base branch, by `file#resource#path`, for CheckNoNewAccess. */
  base?: Map<string, Policy>;
  /** For tests: a client built elsewhere. */
  client?: AccessAnalyzerClient;
  /** Secret values (parameters, NoEcho): sent only as placeholders of the same shape. */
  secrets?: readonly string[];
  /** At most this many policies are sent per run (default MAX_POLICIES_SENT). */
  maxPolicies?: number;
}

/**
 * A pull request can hold thousands of policies (a 43k-resource template); each costs up to four
 * calls, some billed, at about 10 a second. Past this many the rest are not sent, and the run says
 * so (with `access-analyzer: on` it fails, as a requested check did not run on everything). The
 * offline rules still check every policy.
 */
export const MAX_POLICIES_SENT = 500;

export interface AccessAnalyzerResult {
  findings: Finding[];
  ran: boolean;
  calls: number;
  /** Custom-check calls (CheckNoNewAccess, CheckAccessNotGranted, CheckNoPublicAccess) are billed. */
  billedCalls: number;
  skipped: string | null;
  /** Set when a requested check could not run: the run must fail. */
  error?: string;
  notes: string[];
}

const SEVERITY: Record<string, Severity> = {
  ERROR: 'high',
  SECURITY_WARNING: 'high',
  WARNING: 'medium',
  SUGGESTION: 'low',
};

export { policyKey };

/** Errors in which AWS refuses one request for what it holds: that policy is not checked, the run goes on. */
const REFUSED = new Set(['ValidationException', 'InvalidParameterException', 'UnprocessableEntityException']);

/** One finding per fingerprint: the same statement failing in two batches of a check is one finding. */
function unique(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => !seen.has(f.fingerprint) && Boolean(seen.add(f.fingerprint)));
}

function finding(
  model: FileModel,
  policy: Policy,
  at: Located,
  rule: FindingRule,
  message: string,
  helpUri: string,
  key: string,
): Finding {
  return makeFinding({
    rule,
    file: model.file,
    at: { source: model.source, node: at.node },
    approximate: !at.exact,
    message,
    resource: policy.resource?.id ?? null,
    policy: policy.path,
    key,
    engine: 'access-analyzer',
    helpUri,
  });
}

const humanise = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
const CHECK_DOCS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-custom-policy-checks.html';

interface CheckOutcome {
  result?: string;
  message?: string;
  reasons?: { description?: string; statementIndex?: number; statementId?: string }[];
}

/** A custom check that failed: one finding per reason, on the statement it names. */
function failedCheck(
  model: FileModel,
  policy: Policy,
  r: CheckOutcome,
  check: { ruleId: string; severity: Severity; title: string; fallback: string; key: string },
): Finding[] {
  if (r.result !== 'FAIL') return [];
  return (r.reasons?.length ? r.reasons : [{}]).map((reason) =>
    finding(
      model,
      policy,
      nodeForStatement(policy, reason.statementIndex, reason.statementId),
      { id: check.ruleId, severity: check.severity, title: check.title },
      `${r.message ?? check.fallback}${reason.description ? ` ${reason.description}` : ''}`,
      CHECK_DOCS,
      `${check.key}:${reason.statementIndex ?? ''}`,
    ),
  );
}

/** Whether the SDK's default chain resolves credentials (asked before building models for it). */
export async function credentialsResolve(region: string): Promise<boolean> {
  const client = new AccessAnalyzerClient({ region });
  try {
    await client.config.credentials();
    return true;
  } catch {
    return false;
  } finally {
    client.destroy();
  }
}

export async function runAccessAnalyzer(
  models: FileModel[],
  opts: AccessAnalyzerOptions,
): Promise<AccessAnalyzerResult> {
  const result: AccessAnalyzerResult = { findings: [], ran: false, calls: 0, billedCalls: 0, skipped: null, notes: [] };
  const policies = models.flatMap((m) => m.policies.map((p) => ({ model: m, policy: p })));
  if (!policies.length) {
    result.skipped = 'no policy to check';
    return result;
  }
  const client =
    opts.client ??
    new AccessAnalyzerClient({
      region: opts.region,
      maxAttempts: 6,
      retryMode: 'adaptive',
      requestHandler: { requestTimeout: 15_000, connectionTimeout: 5_000, throwOnRequestTimeout: true },
    });
  try {
    await client.config.credentials();
  } catch {
    if (opts.mode === 'on') {
      result.error =
        'access-analyzer is on but no AWS credentials resolve (configure them, e.g. with aws-actions/configure-aws-credentials and OIDC)';
    } else result.skipped = 'no AWS credentials';
    return result;
  }

  // A few calls in flight keep close to the service's rate limit without a burst of throttling
  // (measured in bench/access-analyzer-speed.ts: 3 beats 2, 4 and 8 at 10 TPS with 100 ms latency).
  const limit = pLimit(opts.concurrency ?? 3);
  const cache = new Map<string, Promise<unknown>>();
  // Only a call AWS answered is billed: one it refused (AccessDenied, a validation error) is not.
  const call = <T>(key: string, billed: boolean, fn: () => Promise<T>): Promise<T> => {
    let p = cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = limit(async () => {
        result.calls++;
        const answer = await fn();
        if (billed) result.billedCalls++;
        return answer;
      });
      cache.set(key, p);
    }
    return p;
  };
  const unsent: string[] = [];
  const overBudget: string[] = [];
  const oversized: string[] = [];
  const refused: string[] = [];
  const denied = { validate: '', custom: new Set<string>() };
  let failure: { name?: string; message?: string } | undefined;
  const budget = opts.maxPolicies ?? MAX_POLICIES_SENT;
  let sent = 0;
  const tasks: Promise<void>[] = [];
  /**
   * One call's failure costs only that call: AWS refusing one policy (a ValidationException) is
   * noted against it, AccessDenied is counted per operation, anything else (throttling after the
   * retries, a server error) fails the stage as before.
   */
  const settle = (op: string, where: string, task: Promise<void>): void => {
    tasks.push(
      task.catch((e: { name?: string; message?: string }) => {
        if (e.name === 'AccessDeniedException') {
          if (op === 'ValidatePolicy') denied.validate ||= e.message ?? 'AccessDenied';
          else denied.custom.add(op);
        } else if (REFUSED.has(e.name ?? '')) refused.push(`${where} (${op}: ${e.name}: ${e.message ?? ''})`);
        else failure ??= e;
      }),
    );
  };
  for (const { model, policy } of policies) {
    const where = `${policy.file}${policy.resource ? `#${policy.resource.id}` : ''}`;
    const { text, unknown } = serialize(policy, opts.secrets);
    if (unknown) {
      unsent.push(where);
      continue;
    }
    const size = text.replace(/\s/g, '').length;
    if (size > MAX_VALIDATE_SIZE) {
      oversized.push(where);
      result.findings.push(
        finding(
          model,
          policy,
          { node: policy.node, exact: true },
          {
            id: 'access-analyzer/POLICY_SIZE_EXCEEDS_VALIDATE_POLICY_MAXIMUM',
            severity: 'medium',
            title: 'Policy too large for Access Analyzer',
          },
          `The policy is ${size} characters without whitespace, over ValidatePolicy's maximum of ${MAX_VALIDATE_SIZE}: Access Analyzer cannot check it, and it was not sent. Split it into smaller policies.`,
          CHECK_DOCS,
          'size',
        ),
      );
      continue;
    }
    if (++sent > budget) {
      overBudget.push(where);
      continue;
    }
    const p = plan(policy);
    const add = (f: Finding) => result.findings.push(f);
    if (opts.checks.has('validate') && p.validate) {
      const { policyType, resourceType } = p.validate;
      settle(
        'ValidatePolicy',
        where,
        call(`validate\0${policyType}\0${resourceType ?? ''}\0${text}`, false, async () => {
          const out: ValidatePolicyFinding[] = [];
          for await (const page of paginateValidatePolicy(
            { client },
            {
              policyDocument: text,
              policyType,
              ...(resourceType ? { validatePolicyResourceType: resourceType as never } : {}),
            },
          )) {
            for (const f of page.findings ?? []) out.push(f);
          }
          return out;
        }).then((found) => {
          for (const f of found) {
            const at = nodeForPath(
              policy,
              (f.locations?.[0]?.path ?? []) as PathElement[],
              model.resolver,
              model.source.text,
            );
            add(
              finding(
                model,
                policy,
                at,
                {
                  id: `access-analyzer/${f.issueCode}`,
                  severity: SEVERITY[f.findingType ?? ''] ?? 'medium',
                  title: humanise(f.issueCode ?? 'finding'),
                },
                f.findingDetails ?? '',
                f.learnMoreLink ?? CHECK_DOCS,
                f.issueCode ?? '',
              ),
            );
          }
        }),
      );
    }
    if (opts.checks.has('no-public-access') && p.noPublicAccess) {
      const resourceType = p.noPublicAccess.resourceType;
      settle(
        'CheckNoPublicAccess',
        where,
        call(`public\0${resourceType}\0${text}`, true, () =>
          client.send(new CheckNoPublicAccessCommand({ policyDocument: text, resourceType: resourceType as never })),
        ).then((r) => {
          for (const f of failedCheck(model, policy, r, {
            ruleId: 'access-analyzer/check-no-public-access',
            severity: 'critical',
            title: 'Access Analyzer: public access',
            fallback: 'The policy grants public access.',
            key: 'public',
          }))
            add(f);
        }),
      );
    }
    if (opts.checks.has('access-not-granted') && p.accessCheckType && opts.sensitiveActions.length) {
      const policyType = p.accessCheckType;
      for (let i = 0; i < opts.sensitiveActions.length; i += 100) {
        const actions = opts.sensitiveActions.slice(i, i + 100);
        settle(
          'CheckAccessNotGranted',
          where,
          call(`notgranted\0${policyType}\0${actions.join(',')}\0${text}`, true, () =>
            client.send(new CheckAccessNotGrantedCommand({ policyDocument: text, policyType, access: [{ actions }] })),
          ).then((r) => {
            for (const f of failedCheck(model, policy, r, {
              ruleId: 'access-analyzer/check-access-not-granted',
              severity: 'high',
              title: 'Access Analyzer: sensitive actions granted',
              fallback: 'The policy grants one or more of the sensitive actions.',
              // Not the batch: a statement failing in two batches of 100 actions is one finding.
              key: 'not-granted',
            }))
              add(f);
          }),
        );
      }
    }
    if (opts.checks.has('no-new-access') && p.accessCheckType && opts.base) {
      const before = opts.base.get(policyKey(policy));
      if (!before) continue;
      const existing = serialize(before, opts.secrets);
      if (existing.unknown || existing.text === text) continue;
      const policyType = p.accessCheckType;
      settle(
        'CheckNoNewAccess',
        where,
        call(`nonew\0${policyType}\0${existing.text}\0${text}`, true, () =>
          client.send(
            new CheckNoNewAccessCommand({ newPolicyDocument: text, existingPolicyDocument: existing.text, policyType }),
          ),
        ).then((r) => {
          for (const f of failedCheck(model, policy, r, {
            ruleId: 'access-analyzer/check-no-new-access',
            severity: 'high',
            title: 'Access Analyzer: new access',
            fallback: 'The change grants new access.',
            key: 'new',
          }))
            add(f);
        }),
      );
    }
  }
  await Promise.all(tasks);
  result.findings = unique(result.findings);
  result.ran = true;
  const list = (xs: string[]) => `${xs.slice(0, 5).join(', ')}${xs.length > 5 ? `, and ${xs.length - 5} more` : ''}`;
  const policiesWere = (n: number) => `${n} polic${n === 1 ? 'y was' : 'ies were'}`;
  if (unsent.length)
    result.notes.push(
      `${policiesWere(unsent.length)} not sent to Access Analyzer because some values are only known at deploy time: ${list(unsent)}`,
    );
  if (oversized.length)
    result.notes.push(
      `${policiesWere(oversized.length)} not sent to Access Analyzer: over ${MAX_VALIDATE_SIZE} characters, ValidatePolicy's maximum: ${list(oversized)}`,
    );
  if (refused.length)
    result.notes.push(
      `Access Analyzer refused ${refused.length} call${refused.length === 1 ? '' : 's'} for what the policy holds (that policy's check did not run; the others did): ${list(refused)}`,
    );
  if (overBudget.length) {
    const what = `${policiesWere(overBudget.length)} not sent to Access Analyzer: a run sends at most ${budget} (the offline rules checked them all): ${list(overBudget)}`;
    result.notes.push(what);
    if (opts.mode === 'on') result.error = what;
  }
  const custom = [...denied.custom].sort();
  if (custom.length && !denied.validate && opts.checks.has('validate')) {
    // A role allowed ValidatePolicy only (the custom checks are billed, and often left out).
    const what = `Access Analyzer denied the custom checks (${custom.join(', ')}); ValidatePolicy ran and its findings are kept. Allow the role access-analyzer:${custom.join(', access-analyzer:')}, or set \`checks: validate\` to turn the custom checks off`;
    if (opts.mode === 'on') result.error = what;
    else result.notes.push(`Warning: ${what}.`);
  } else if (denied.validate || custom.length) {
    result.error = `Access Analyzer denied the call (${denied.validate || custom.join(', ')}); the role needs access-analyzer:ValidatePolicy, CheckNoNewAccess, CheckAccessNotGranted and CheckNoPublicAccess`;
  } else if (failure) {
    result.error = `an Access Analyzer call failed after retries: ${failure.name ?? 'Error'}: ${failure.message}`;
  }
  return result;
}
