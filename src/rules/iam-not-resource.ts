import { defineRule } from './types.js';
import { deniedOutright } from '../iam/evaluation.js';
import { allows, isIdentity } from './utils/policies.js';

export default defineRule({
  meta: {
    id: 'iam-not-resource',
    severity: 'medium',
    title: 'Allow statement uses NotResource',
    why: '`Effect: Allow` with `NotResource` grants the actions on every resource except the listed ones, including every resource created later in any account the actions can reach. The exception list is easy to get wrong and never grows on its own.',
    fix: 'List the resources the actions should apply to in `Resource`. To exclude resources from broad access, use a Deny statement on those resources.',
    aka: { cfnNag: ['W21', 'W22', 'W23'] },
    family: 'least-privilege',
    messages: {
      notResource: 'Allows the actions on every resource except those listed in NotResource.',
    },
  },
  checkPolicy(policy, ctx) {
    if (!isIdentity(policy)) return;
    for (const st of policy.statements) {
      // Denies on every resource that take away each action leave the statement granting nothing.
      if (allows(st) && st.notResource && !deniedOutright(policy, st)) {
        ctx.report({
          node: st.notResource.node,
          policy,
          messageId: 'notResource',
        });
      }
    }
  },
});
