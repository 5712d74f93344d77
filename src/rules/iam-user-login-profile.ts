import { defineRule } from './types.js';
import { get, isMap, keyNode, str } from '../parse/node.js';
import type { Template } from '../template/model.js';
import type { Node } from '../parse/node.js';

/** Whether a password node is written into the template (a literal, or a defaulted parameter). */
function writtenIn(t: Template, node: Node | undefined): boolean {
  if (!node) return false;
  if (node.kind === 'scalar') return typeof node.value === 'string' && !node.value.startsWith('{{resolve:');
  if (isMap(node) && node.pairs.length === 1 && node.pairs[0].key.value === 'Ref') {
    const p = t.parameters.get(str(node.pairs[0].value) ?? '');
    return Boolean(p?.default && str(p.default));
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'iam-user-login-profile',
    severity: 'medium',
    title: 'Console password defined for an IAM user',
    why: 'A `LoginProfile` gives an IAM user a console password: a long-lived, phishable credential managed outside your identity provider. A password written in the template (or in a parameter default) is also visible to everyone who can read the repository or the stack.',
    fix: 'Give people console access through IAM Identity Center. If an IAM user password is unavoidable, pass it at deploy time from a NoEcho parameter without a default or a Secrets Manager dynamic reference, and set `PasswordResetRequired: true`.',
    aka: { cfnNag: ['W50', 'F51'] },
    family: 'credentials',
    messages: {
      writtenPassword: '{{id}} has a console password written in the template.',
      consolePassword: '{{id}} has a console password (LoginProfile).',
    },
  },
  checkTemplate(t, ctx) {
    for (const res of t.ofType('AWS::IAM::User')) {
      if (!ctx.resolver.created(res.condition)) continue;
      const lp = ctx.resolver.view(get(res.properties, 'LoginProfile'));
      if (!lp) continue;
      const pw = get(lp, 'Password');
      if (writtenIn(t, pw)) {
        ctx.report({
          node: pw!,
          resource: res,
          severity: 'high',
          messageId: 'writtenPassword',
          data: { id: res.id },
        });
      } else {
        ctx.report({
          node: keyNode(res.properties, 'LoginProfile')!,
          resource: res,
          messageId: 'consolePassword',
          data: { id: res.id },
        });
      }
    }
  },
});
