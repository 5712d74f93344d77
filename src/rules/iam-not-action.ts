import { defineRule } from './types.js';
import { deniedOutright } from '../iam/evaluation.js';
import { onAllResources } from '../iam/semantics.js';
import { allows } from './utils/policies.js';

export default defineRule({
  meta: {
    id: 'iam-not-action',
    severity: 'high',
    title: 'Allow statement uses NotAction',
    why: '`Effect: Allow` with `NotAction` grants every action except the listed ones, across every service, including services and actions AWS adds later. It is almost always far broader than intended: in an identity policy on `Resource: "*"` it is close to administrator access; in a trust policy it lets the principal call every STS action on the role; in a bucket, queue or topic policy it hands the principals every action on the resource but the few listed.',
    fix: 'Write the statement as an Allow of the actions that are needed. To carve exceptions out of broad access, keep the Allow explicit and add a Deny with `NotAction` instead.',
    aka: { cfnNag: ['W14', 'W15', 'W16', 'W17', 'W18', 'W19', 'W20'] },
    family: 'least-privilege',
    messages: {
      trust: 'Lets the principal call every action except those listed in NotAction on the role.',
      resource: 'Grants the principals every action except those listed in NotAction.',
      resourceEverywhere: 'Grants the principals every action except those listed in NotAction, on every resource.',
      identity: 'Allows every action except those listed in NotAction.',
      identityEverywhere: 'Allows every action except those listed in NotAction, on every resource.',
    },
  },
  checkPolicy(policy, ctx) {
    if (policy.kind !== 'identity' && policy.kind !== 'trust' && policy.kind !== 'resource') return;
    for (const st of policy.statements) {
      if (!allows(st) || !st.notAction) continue;
      // Denies that take away everything the NotAction leaves make the statement grant nothing.
      if (deniedOutright(policy, st)) continue;
      // A trust policy has no Resource: the role itself is the only resource.
      const all = policy.kind === 'trust' || onAllResources(st);
      const messageId =
        policy.kind === 'trust'
          ? 'trust'
          : policy.kind === 'resource'
            ? all
              ? 'resourceEverywhere'
              : 'resource'
            : all
              ? 'identityEverywhere'
              : 'identity';
      ctx.report({
        node: st.notAction.node,
        policy,
        severity: all ? 'high' : 'medium',
        messageId,
      });
    }
  },
});
