import { defineRule } from './types.js';
import { isMap, type Node } from '../parse/node.js';
import { asBool } from '../template/values.js';

export default defineRule({
  meta: {
    id: 'iam-mfa-condition-pattern',
    severity: 'medium',
    title: 'MFA condition that silently never applies',
    why: '`aws:MultiFactorAuthPresent` is absent, not false, on requests signed with long-term access keys. A Deny with `Bool: {aws:MultiFactorAuthPresent: false}` therefore does not apply to exactly the requests it was written to stop. `Null: {aws:MultiFactorAuthPresent: false}` only checks that the key is there, which is true for every temporary credential with or without MFA.',
    fix: 'Deny with `BoolIfExists: {aws:MultiFactorAuthPresent: false}`, which also matches when the key is absent; to require MFA in an Allow, use `Bool: {aws:MultiFactorAuthPresent: true}`.',
    family: 'credentials',
    messages: {
      boolInDeny:
        'This Deny uses Bool aws:MultiFactorAuthPresent false, which does not match requests made with long-term keys (the key is absent there); use BoolIfExists.',
      nullInAllow:
        'Null aws:MultiFactorAuthPresent false only checks that the key exists, which it does for every temporary credential, with or without MFA; use Bool aws:MultiFactorAuthPresent true.',
    },
  },
  checkPolicy(policy, ctx) {
    for (const st of policy.statements) {
      const cond = ctx.resolver.view(st.condition);
      if (!isMap(cond)) continue;
      for (const op of cond.pairs) {
        const operator = String(op.key.value);
        const block = ctx.resolver.view(op.value);
        if (!isMap(block)) continue;
        for (const entry of block.pairs) {
          if (String(entry.key.value).toLowerCase() !== 'aws:multifactorauthpresent') continue;
          const values = ctx.resolver.items(entry.value).map((n: Node) => asBool(ctx.resolver.value(n)));
          if (operator === 'Bool' && st.effect === 'Deny' && values.includes(false)) {
            ctx.report({
              node: entry.key,
              policy,
              messageId: 'boolInDeny',
            });
          } else if (operator === 'Null' && st.effect === 'Allow' && values.includes(false)) {
            ctx.report({
              node: entry.key,
              policy,
              messageId: 'nullInAllow',
            });
          }
        }
      }
    }
  },
});
