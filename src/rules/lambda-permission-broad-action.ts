import { defineRule } from './types.js';
import { known } from '../iam/semantics.js';

/** The actions a Lambda permission exists to grant: invoking the function, directly or by its URL. */
const INVOKE = /^lambda:InvokeFunction(Url)?$/i;

export default defineRule({
  meta: {
    id: 'lambda-permission-broad-action',
    severity: 'medium',
    title: 'Lambda permission grants more than invoking the function',
    why: "A Lambda permission becomes a statement of the function's resource policy. With `lambda:*` or another action than invoking, the principal may also read the function's code and configuration, change its settings or delete it, and whoever else that principal acts for (a service, another account) inherits that power.",
    fix: 'Set `Action` to `lambda:InvokeFunction` (or `lambda:InvokeFunctionUrl` for a function URL). Grant management actions through an identity policy of the role that needs them.',
    aka: { cfnNag: ['W24'] },
    family: 'public-exposure',
    messages: {
      broadAction: '{{who}} grants "{{action}}" on the function; a permission should only allow invoking it.',
    },
  },
  checkPolicy(policy, ctx) {
    if (policy.governs !== 'AWS::Lambda::Function' || !policy.synthesised) return;
    for (const st of policy.statements) {
      for (const item of st.action?.items ?? []) {
        if (!known(item) || INVOKE.test(item.value)) continue;
        ctx.report({
          node: item.node,
          policy,
          messageId: 'broadAction',
          data: { who: policy.resource?.id ?? 'The permission', action: item.value },
        });
      }
    }
  },
});
