import { defineRule } from './types.js';
import { effectivelyAllows } from '../iam/evaluation.js';
import { onAllResources } from '../iam/semantics.js';
import { grantingItem, isIdentity } from './utils/policies.js';

export default defineRule({
  meta: {
    id: 'iam-passrole-wildcard',
    severity: 'high',
    title: 'iam:PassRole on every role',
    why: '`iam:PassRole` on `Resource: "*"` lets the holder hand any role in the account, including administrator roles, to a service it controls (a Lambda function, an EC2 instance, a CloudFormation stack) and act with that role\'s permissions. It is the most common privilege-escalation path in AWS.',
    fix: 'Limit `iam:PassRole` to the ARNs of the roles the workload must pass, and add an `iam:PassedToService` condition naming the service that receives them.',
    aka: { cfnNag: ['F38', 'F39', 'F40'] },
    family: 'least-privilege',
    messages: {
      passAnyRole:
        'Allows iam:PassRole on every resource ("*"): any role, including administrator roles, can be passed to a service.',
    },
  },
  checkPolicy(policy, ctx) {
    if (!isIdentity(policy)) return;
    for (const st of policy.statements) {
      if (!onAllResources(st) || !effectivelyAllows(policy, st, 'iam:PassRole')) continue;
      const node = grantingItem(st, 'iam:PassRole')?.node ?? st.notAction?.node ?? st.node;
      ctx.report({
        node,
        policy,
        messageId: 'passAnyRole',
      });
    }
  },
});
