import { defineRule, type MessageData } from './types.js';
import { conditionEntries, isStarResource, known, statementGroup } from '../iam/semantics.js';
import { parseOperator } from '../iam/conditions.js';
import { remaining } from '../iam/evaluation.js';
import type { Statement } from '../policies/types.js';
import { allows, isIdentity, listSome, listSomeActions, iotPoliciesOf } from './utils/policies.js';

/**
 * The documented ABAC pattern: a positive string condition that the resource's tag equal the
 * caller's (`aws:ResourceTag/team` = `${aws:PrincipalTag/team}`). Returns the key, or undefined.
 */
function isTagBased(st: Statement): string | undefined {
  for (const e of conditionEntries(st)) {
    const op = parseOperator(e.operator);
    if (op.negated || op.ifExists || op.set || !/^String(Equals|EqualsIgnoreCase|Like)$/i.test(op.base)) continue;
    if (!/(^|:)ResourceTag\//i.test(e.key)) continue;
    if (e.values.length && e.values.every((v) => typeof v === 'string' && /^\$\{aws:PrincipalTag\/[^}]+\}$/i.test(v))) {
      return `${e.key} = ${String(e.values[0])}`;
    }
  }
  return undefined;
}

/** In an IoT policy every `iot:` action takes a resource (client, topic, topic filter, thing). */
const IOT_ACTION = /^(\*|\*:\*|iot:.*)$/i;

export default defineRule({
  meta: {
    id: 'iam-wildcard-resource',
    severity: 'medium',
    title: 'Policy allows resource-scopable actions on every resource',
    why: 'Actions that can be limited to specific ARNs are granted on `Resource: "*"`, so the holder can use them on every bucket, table, key or role in the account, not just the ones it owns. Actions that only accept `*` (for example `ec2:DescribeInstances` or `sts:GetCallerIdentity`), and actions whose one resource type is optional in the Service Authorization Reference (`cloudwatch:PutMetricData`), are not flagged. Tag-based access (`aws:ResourceTag/…` equal to `${aws:PrincipalTag/…}`) on `*` is the documented attribute-based access control pattern and is reported as info only. In an IoT policy, `iot:` actions on `*` let one device connect under any client id and read or write every other device\'s topics and shadows.',
    fix: 'Name the ARNs the actions apply to (`!GetAtt Table.Arn`, `!Sub arn:${AWS::Partition}:s3:::${Bucket}/*`). Keep actions that do not support resource-level permissions in a separate statement with `Resource: "*"`. In an IoT policy, scope to the device with policy variables (`arn:aws:iot:…:client/${iot:Connection.Thing.ThingName}`).',
    aka: { cfnNag: ['W11', 'W12', 'W13', 'W39'], checkov: ['CKV_AWS_111'] },
    family: 'least-privilege',
    messages: {
      oneAction: 'Grants {{action}} on every resource ("*").',
      actions:
        'Grants {{count}} actions that support resource-level permissions ({{actions}}) on every resource ("*").',
      oneActionTagBased:
        'Grants {{action}} on every resource ("*"), limited to resources whose tags match the caller\'s ({{condition}}): the attribute-based access control pattern.',
      actionsTagBased:
        'Grants {{count}} actions that support resource-level permissions ({{actions}}) on every resource ("*"), limited to resources whose tags match the caller\'s ({{condition}}): the attribute-based access control pattern.',
      iot: 'IoT policy grants {{actions}} on every resource ("*"): any client id, topic and thing.',
    },
  },
  checkPolicy(policy, ctx) {
    if (!isIdentity(policy)) return;
    for (const st of policy.statements) {
      if (!allows(st)) continue;
      const star = st.resource?.items.find((i) => known(i) && isStarResource(i.value));
      if (!star) continue;
      const scopable = remaining(policy, st, statementGroup(st).requiring());
      if (!scopable.length) continue;
      const abac = isTagBased(st);
      const one = scopable.length === 1;
      const grants: MessageData = one
        ? { action: scopable[0].name }
        : { count: scopable.length, actions: listSomeActions(scopable, 3) };
      ctx.report({
        node: star.node,
        policy,
        severity: abac ? 'info' : undefined,
        messageId: abac ? (one ? 'oneActionTagBased' : 'actionsTagBased') : one ? 'oneAction' : 'actions',
        data: abac ? { ...grants, condition: abac } : grants,
      });
    }
  },
  checkTemplate(t, ctx) {
    for (const p of iotPoliciesOf(t, ctx)) {
      for (const st of p.statements) {
        if (!allows(st)) continue;
        const star = st.resource?.items.find((i) => known(i) && isStarResource(i.value));
        const actions = (st.action?.items ?? []).filter(known).filter((i) => IOT_ACTION.test(i.value));
        if (!star || !actions.length) continue;
        ctx.report({
          node: star.node,
          resource: p.res,
          messageId: 'iot',
          data: {
            actions: listSome(
              actions.map((a) => a.value),
              3,
            ),
          },
        });
      }
    }
  },
});
