import { defineRule } from './types.js';
import { expand, serviceExists } from '../iam/catalogue.js';
import { known } from '../iam/semantics.js';

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
          const v = item.value;
          const i = v.indexOf(':');
          let problem: string | undefined;
          if (i <= 0) problem = `"${v}" is not an action: actions are written service:Action.`;
          else if (!/[*?]/.test(v.slice(0, i)) && !serviceExists(v.slice(0, i))) {
            problem = `"${v}": there is no AWS service with the prefix "${v.slice(0, i)}".`;
          } else if (!expand(v).length) {
            problem = /[*?]/.test(v) ? `"${v}" matches no action.` : `"${v}" is not an action of ${v.slice(0, i)}.`;
          }
          if (problem) ctx.report({ node: item.node, policy, key: v, message: problem });
        }
      }
    }
  },
});
