import { defineRule } from './types.js';
import { loopholes } from '../iam/conditions.js';
import { deniedOutright, restrictedToParty } from '../iam/evaluation.js';
import { exposesResource } from '../iam/exposure.js';
import { isPublicPrincipal } from '../iam/semantics.js';

export default defineRule({
  meta: {
    id: 'resource-policy-public',
    severity: 'critical',
    title: 'Resource policy allows anyone',
    why: 'A bucket, queue, topic, key, secret, repository or API policy that allows `*` with no condition restricting the caller opens the resource to every AWS account and, for most services, to anonymous requests from the internet. A condition restricts only if every caller outside one party fails it: `StringEqualsIfExists` and `ForAllValues:` are true for callers whose request lacks the key (anonymous callers, accounts outside any organization), and `aws:PrincipalOrgID: o-*` or `aws:PrincipalArn: arn:aws:iam::*:role/Admin` under `StringLike`/`ArnLike` match every organization or account.',
    fix: 'Name the principals that need access, or keep `*` and add a condition that pins the caller with a positive operator and no wildcard in the account or organization: `StringEquals` on `aws:PrincipalOrgID`, `aws:SourceAccount`, `aws:SourceVpce`, or `ArnEquals` on `aws:SourceArn`/`aws:PrincipalArn`; or deny everyone else with a `Deny` for `Principal: "*"` and `StringNotEquals` on one of those keys.',
    aka: {
      cfnNag: ['F16', 'F18', 'F21', 'F76'],
      checkov: ['CKV_AWS_33', 'CKV_AWS_32'],
      cdkNag: ['AwsSolutions-ECR1', 'AwsSolutions-EVB1'],
    },
    family: 'public-exposure',
    messages: {
      public: 'Allows {{who}} with no condition restricting the caller.',
      publicOn: 'Allows {{who}} with no condition restricting the caller on this {{type}}.',
      looseConditions: 'Allows {{who}}: its conditions do not restrict the caller ({{loopholes}}).',
      looseConditionsOn: 'Allows {{who}} on this {{type}}: its conditions do not restrict the caller ({{loopholes}}).',
    },
  },
  checkPolicy(policy, ctx) {
    if (!exposesResource(policy)) return;
    for (const st of policy.statements) {
      if (st.effect !== 'Allow') continue;
      // Allow with NotPrincipal grants everyone but those listed, anonymous callers included.
      const node = st.principal?.items.find(isPublicPrincipal)?.node ?? st.notPrincipal?.node;
      if (!node || deniedOutright(policy, st) || restrictedToParty(policy, st)) continue;
      const type = policy.governs ? (policy.governs.split('::')[2] ?? 'resource') : undefined;
      const who = st.principal ? 'any principal ("*")' : 'every principal but those in NotPrincipal';
      const open = loopholes(st);
      ctx.report({
        node,
        policy,
        messageId: open.length ? (type ? 'looseConditionsOn' : 'looseConditions') : type ? 'publicOn' : 'public',
        data: { who, type: type ?? '', loopholes: open.join('; ') },
      });
    }
  },
});
