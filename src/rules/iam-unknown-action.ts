import { defineRule } from './types.js';
import { expand, serviceExists } from '../iam/catalogue.js';
import { isLegacyAction } from '../iam/legacy-actions.js';
import { known } from '../iam/semantics.js';
import { memoByString } from './memo.js';

/**
 * What is wrong with an action as written, if anything. Remembered per action: every action of
 * every policy is asked about, and policies repeat the same few hundred.
 */
const problemOf = memoByString((v: string): string | undefined => {
  const i = v.indexOf(':');
  if (i <= 0) return `"${v}" is not an action: actions are written service:Action.`;
  if (!/[*?]/.test(v.slice(0, i)) && !serviceExists(v.slice(0, i))) {
    return `"${v}": there is no AWS service with the prefix "${v.slice(0, i)}".`;
  }
  if (!expand(v).length && !isLegacyAction(v)) {
    return /[*?]/.test(v) ? `"${v}" matches no action.` : `"${v}" is not an action of ${v.slice(0, i)}.`;
  }
  return undefined;
});

export default defineRule({
  meta: {
    id: 'iam-unknown-action',
    severity: 'medium',
    title: 'Action that does not exist',
    why: 'An action that IAM does not know, or a wildcard that matches no action, grants nothing: usually a typo (`s3:GetObjects`, `dynamodb:Getitem` is fine but `dynamo:GetItem` is not) that leaves the workload failing at run time and hides what the author meant to allow or deny. In a Deny it silently protects nothing.',
    fix: 'Correct the service prefix and action name; the IAM Service Authorization Reference lists them.',
    family: 'least-privilege',
  },
  checkPolicy(policy, ctx) {
    for (const st of policy.statements) {
      for (const el of [st.action, st.notAction]) {
        for (const item of el?.items ?? []) {
          if (!known(item) || item.value === '*') continue;
          const problem = problemOf(item.value);
          if (problem) ctx.report({ node: item.node, policy, key: item.value, message: problem });
        }
      }
    }
  },
});
