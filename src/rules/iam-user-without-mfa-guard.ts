import { defineRule } from './types.js';
import type { Policy, Statement } from '../policies/types.js';
import { parseOperator } from '../iam/conditions.js';
import { conditionEntries, statementActions } from '../iam/semantics.js';
import { listActions, listSome } from './utils/policies.js';

const MFA_KEYS = new Set(['aws:multifactorauthpresent', 'aws:multifactorauthage']);

const mentionsMfa = (st: Statement): boolean => conditionEntries(st).some((e) => MFA_KEYS.has(e.key.toLowerCase()));

/**
 * An Allow that requires MFA: a test of an MFA key that fails when the key is absent, as it is on
 * requests signed with long-term access keys. `BoolIfExists: {aws:MultiFactorAuthPresent: true}`
 * is true there (IfExists), so it lets a leaked key through and does not count.
 */
const requiresMfa = (st: Statement): boolean =>
  conditionEntries(st).some((e) => {
    if (!MFA_KEYS.has(e.key.toLowerCase())) return false;
    const op = parseOperator(e.operator);
    return !op.ifExists && !op.negated && op.set !== 'ForAllValues' && !/^Null$/i.test(op.base);
  });

/** A "deny unless MFA" statement: Deny, conditioned on MFA being absent or false. */
const isMfaGuard = (st: Statement): boolean => st.effect === 'Deny' && mentionsMfa(st);

function humanTargets(p: Policy): string[] {
  const out = [...p.attachedTo.users, ...p.attachedTo.groups];
  if (p.resource && (p.resource.type === 'AWS::IAM::User' || p.resource.type === 'AWS::IAM::Group'))
    out.push(p.resource.id);
  return [...new Set(out)];
}

export default defineRule({
  meta: {
    id: 'iam-user-without-mfa-guard',
    severity: 'medium',
    title: 'User or group policy grants privileged actions without MFA',
    why: 'IAM users and groups are people, whose passwords and access keys leak. A policy that lets them change IAM or write to resources without MFA means a stolen password or key is enough to do damage. An Allow conditioned on `BoolIfExists: {aws:MultiFactorAuthPresent: true}` does not require MFA: the key is absent on requests signed with long-term access keys, and IfExists is then true.',
    fix: 'Add `Condition: {Bool: {aws:MultiFactorAuthPresent: true}}` to the statements that grant write or IAM actions, or attach a "deny everything except managing one\'s own MFA unless MFA is present" statement (`BoolIfExists: {aws:MultiFactorAuthPresent: false}`) to the user or group. Better still, move people to IAM Identity Center.',
    family: 'credentials',
    messages: {
      withoutMfa: 'Grants {{actions}} to {{targets}} without requiring MFA.',
    },
  },
  checkPolicy(policy, ctx) {
    if (policy.kind !== 'identity') return;
    const targets = humanTargets(policy);
    if (!targets.length) return;
    // A guard in any policy of the same file attached to the same user or group covers them.
    const guarded = ctx.policies.some(
      (p) => p.kind === 'identity' && p.statements.some(isMfaGuard) && humanTargets(p).some((t) => targets.includes(t)),
    );
    if (guarded) return;
    for (const st of policy.statements) {
      if (st.effect !== 'Allow' || requiresMfa(st)) continue;
      const privileged = statementActions(st)
        .filter((a) => a.levels.includes('W') || a.levels.includes('P') || a.name.toLowerCase().startsWith('iam:'))
        .filter(
          (a) =>
            !/^iam:(ChangePassword|GetAccountPasswordPolicy|(Create|Enable|Resync|Deactivate|Delete)VirtualMFADevice|(Enable|Resync|Deactivate)MFADevice|List\w*|Get\w*)$/i.test(
              a.name,
            ),
        );
      if (!privileged.length) continue;
      ctx.report({
        node: st.action?.node ?? st.notAction?.node ?? st.node,
        policy,
        messageId: 'withoutMfa',
        data: {
          actions: listActions(
            privileged.map((a) => a.name),
            3,
          ),
          targets: listSome(targets, 3),
        },
      });
    }
  },
});
