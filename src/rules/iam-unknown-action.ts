import { defineRule } from './types.js';
import { STALE_AFTER_DAYS, catalogueGeneration, catalogueInfo, expand, serviceExists } from '../iam/catalogue.js';
import { isLegacyAction } from '../iam/legacy-actions.js';
import { known } from '../iam/semantics.js';
import { memoByString } from './utils/memo.js';

/**
 * What is wrong with an action as written, if anything. Remembered per action: every action of
 * every policy is asked about, and policies repeat the same few hundred.
 */
const answer = (v: string): string | undefined => {
  const i = v.indexOf(':');
  if (i <= 0) return `"${v}" is not an action: actions are written service:Action.`;
  // The catalogue is a snapshot: say which, so a real action newer than it reads as such.
  const of = `in the IAM catalogue of ${catalogueInfo().date}`;
  if (!/[*?]/.test(v.slice(0, i)) && !serviceExists(v.slice(0, i))) {
    return `"${v}": there is no AWS service with the prefix "${v.slice(0, i)}" ${of}.`;
  }
  if (!expand(v).length && !isLegacyAction(v)) {
    return /[*?]/.test(v) ? `"${v}" matches no action ${of}.` : `"${v}" is not an action of ${v.slice(0, i)} ${of}.`;
  }
  return undefined;
};

let memo = { generation: -1, problemOf: memoByString(answer) };
/** Remembered per catalogue: `--iam-data` or `allow-actions` change the answers. */
const problemOf = (v: string): string | undefined => {
  if (memo.generation !== catalogueGeneration())
    memo = { generation: catalogueGeneration(), problemOf: memoByString(answer) };
  return memo.problemOf(v);
};

export default defineRule({
  meta: {
    id: 'iam-unknown-action',
    severity: 'medium',
    title: 'Action that does not exist',
    why: 'An action that IAM does not know, or a wildcard that matches no action, grants nothing: usually a typo (`s3:GetObjects`, `dynamodb:Getitem` is fine but `dynamo:GetItem` is not) that leaves the workload failing at run time and hides what the author meant to allow or deny. In a Deny it silently protects nothing.',
    fix: "Correct the service prefix and action name; the IAM Service Authorization Reference lists them. An action newer than the IAM catalogue PolicyGate bundles (its date is in every report) is accepted with `allow-actions:` in the config, or with `--iam-data` and AWS's current service reference.",
    family: 'least-privilege',
  },
  checkPolicy(policy, ctx) {
    // An old catalogue misses real new actions (AWS adds several a day): then only a hint.
    const severity = catalogueInfo().ageDays > STALE_AFTER_DAYS ? 'low' : undefined;
    for (const st of policy.statements) {
      for (const el of [st.action, st.notAction]) {
        for (const item of el?.items ?? []) {
          if (!known(item) || item.value === '*') continue;
          const problem = problemOf(item.value);
          if (problem)
            ctx.report({ node: item.node, policy, key: item.value, message: problem, ...(severity && { severity }) });
        }
      }
    }
  },
});
