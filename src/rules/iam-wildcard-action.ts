import { defineRule } from './types.js';
import { known } from '../iam/semantics.js';
import { allows, isIdentity } from './helpers.js';

export default defineRule({
  meta: {
    id: 'iam-wildcard-action',
    severity: 'high',
    title: 'Policy allows a wildcard action',
    why: '`*` grants every action of every service, and `service:*` every action of one service, including the ones added after the policy was written. Wildcards hide what a workload can really do and usually grant destructive and permission-changing actions nobody meant to give.',
    fix: 'Replace the wildcard with the specific actions the workload calls (CloudTrail or IAM Access Analyzer policy generation shows which). A narrow wildcard such as `s3:Get*` is accepted; `*` and `service:*` are not.',
    aka: { cfnNag: ['F3', 'F4', 'F5'], checkov: ['CKV_AWS_63'], cdkNag: ['AwsSolutions-IAM5'] },
    family: 'least-privilege',
  },
  checkPolicy(policy, ctx) {
    if (!isIdentity(policy)) return;
    for (const st of policy.statements) {
      if (!allows(st)) continue;
      for (const item of st.action?.items ?? []) {
        if (!known(item)) continue;
        if (item.value === '*' || item.value === '*:*') {
          ctx.report({
            node: item.node,
            policy,
            key: item.value,
            message: 'Allows "*": every action of every AWS service.',
          });
        } else if (/^[a-z0-9-]+:\*$/i.test(item.value)) {
          ctx.report({
            node: item.node,
            policy,
            key: item.value,
            severity: 'medium',
            message: `Allows "${item.value}": every action of ${item.value.split(':')[0]}, including destructive ones.`,
          });
        }
      }
    }
  },
});
