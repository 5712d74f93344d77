import { defineRule } from './types.js';
import { expand, type ActionInfo } from '../iam/catalogue.js';
import { remaining } from '../iam/evaluation.js';
import { isStarResource, known, onAllResources, statementGroup } from '../iam/semantics.js';
import { allows, isIdentity } from './utils/policies.js';

export default defineRule({
  meta: {
    id: 'iam-admin-access',
    severity: 'critical',
    title: 'Policy grants full administrator access',
    why: 'A statement that allows every action on every resource makes its holder an administrator of the account: it can read every secret, delete every resource, and grant itself anything else. One leaked credential or one compromised workload with this policy is a full account compromise.',
    fix: 'List the actions the workload really calls and the ARNs it calls them on. If an administrator role is truly needed, keep it out of application stacks, require MFA to assume it, and attach the AWS managed AdministratorAccess policy to a dedicated break-glass role.',
    aka: {
      checkov: ['CKV_AWS_62'],
      cdkNag: [
        'NIST.800.53.R5-IAMPolicyNoStatementsWithAdminAccess',
        'HIPAA.Security-IAMPolicyNoStatementsWithAdminAccess',
        'PCI.DSS.321-IAMPolicyNoStatementsWithAdminAccess',
      ],
    },
    family: 'least-privilege',
    messages: {
      fullAdmin: 'Allows every action ("*") on every resource ("*"): full administrator access.',
      adminDespiteDeny:
        'Allows every action ("*") on every resource ("*") but {{denied}} that Deny statements remove; every IAM action remains, so the holder can grant itself the rest: administrator access.',
    },
  },
  checkPolicy(policy, ctx) {
    if (!isIdentity(policy)) return;
    for (const st of policy.statements) {
      if (!allows(st) || !onAllResources(st) || st.notResource) continue;
      const star = st.action?.items.find((i) => known(i) && (i.value === '*' || i.value === '*:*'));
      if (!star || !(st.resource?.items ?? []).some((i) => known(i) && isStarResource(i.value))) continue;
      const all = statementGroup(st).list;
      const left = remaining(policy, st, all);
      if (left.length === all.length) {
        ctx.report({
          node: star.node,
          policy,
          messageId: 'fullAdmin',
        });
      } else if (keepsIam(left)) {
        ctx.report({
          node: star.node,
          policy,
          messageId: 'adminDespiteDeny',
          data: { denied: all.length - left.length },
        });
      }
    }
  },
});

/**
 * Whether what a Deny leaves of `*` still holds every IAM action: with those the holder can
 * attach any policy to itself, so the Deny is no boundary. Less than that (`Deny NotAction s3:*`)
 * is not administrator access; the least-privilege rules report what remains.
 */
function keepsIam(left: readonly ActionInfo[]): boolean {
  const set = new Set(left);
  return expand('iam:*').every((a) => set.has(a));
}
