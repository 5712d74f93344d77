import { defineRule } from './types.js';
import { onAllResources } from '../iam/semantics.js';
import { allows } from './helpers.js';

export default defineRule({
  meta: {
    id: 'iam-not-action',
    severity: 'high',
    title: 'Allow statement uses NotAction',
    why: '`Effect: Allow` with `NotAction` grants every action except the listed ones, across every service, including services and actions AWS adds later. It is almost always far broader than intended; on `Resource: "*"` it is close to administrator access.',
    fix: 'Write the statement as an Allow of the actions that are needed. To carve exceptions out of broad access, keep the Allow explicit and add a Deny with `NotAction` instead.',
    aka: { cfnNag: ['W15', 'W16', 'W17'] },
    family: 'least-privilege',
  },
  checkPolicy(policy, ctx) {
    if (policy.kind !== 'identity' && policy.kind !== 'trust') return;
    for (const st of policy.statements) {
      if (!allows(st) || !st.notAction) continue;
      const all = onAllResources(st) || policy.kind === 'trust';
      ctx.report({
        node: st.notAction.node,
        policy,
        severity: all ? 'high' : 'medium',
        message: all
          ? 'Allows every action except those listed in NotAction, on every resource.'
          : 'Allows every action except those listed in NotAction.',
      });
    }
  },
});
