import { defineRule, type Report } from './types.js';
import { expand, type ActionInfo } from '../iam/catalogue.js';
import { remaining } from '../iam/evaluation.js';
import { known } from '../iam/semantics.js';
import type { Policy, Statement } from '../policies/types.js';
import { allows, isIdentity, iotPoliciesOf } from './utils/policies.js';

/** Actions that delete or stop what they act on, by the verb their name starts with. */
const DESTRUCTIVE = /^(Delete|Terminate|Destroy|Purge|Remove|Stop|Disable|Deregister|Revoke|Detach|Reset|Cancel|Drop)/;

/**
 * What a service wildcard grants beyond reading, said only when true: "including destructive
 * ones" when the service has actions that delete or stop things (`ssmmessages:*` has none).
 */
function including(actions: readonly ActionInfo[]): string {
  if (actions.some((a) => DESTRUCTIVE.test(a.name.slice(a.name.indexOf(':') + 1))))
    return ', including destructive ones';
  if (actions.some((a) => a.levels.includes('P'))) return ', including permission changes';
  if (actions.some((a) => a.levels.includes('W'))) return ', writes included';
  return '';
}

type Wildcard = Omit<
  Report<'star' | 'starNarrowed' | 'starToService' | 'serviceWildcard' | 'iotStar' | 'iotServiceWildcard'>,
  'policy' | 'resource'
>;

/**
 * The wildcard actions of one Allow statement, as reports without their policy or resource. What
 * the policy's certain Denies take away is judged first: a wildcard they empty is not reported,
 * and `*` that they narrow to one service is reported as that service's wildcard. Without a
 * policy the statement is an IoT policy's, which has no Denies of that kind to judge.
 */
function wildcards(st: Statement, policy?: Policy): Wildcard[] {
  if (!allows(st)) return [];
  const out: Wildcard[] = [];
  for (const item of st.action?.items ?? []) {
    if (!known(item)) continue;
    const star = item.value === '*' || item.value === '*:*';
    if (!star && !/^[a-z0-9-]+:\*$/i.test(item.value)) continue;
    const named = expand(item.value);
    const left = policy ? remaining(policy, st, named) : named;
    if (named.length && !left.length) continue;
    const services = star && left.length < named.length ? new Set(left.map((a) => a.name.split(':')[0])) : undefined;
    if (services?.size === 1) {
      const [svc] = services;
      out.push({
        node: item.node,
        key: item.value,
        severity: 'medium',
        messageId: 'starToService',
        data: { action: item.value, service: svc, including: including(left) },
      });
    } else if (star) {
      out.push({
        node: item.node,
        key: item.value,
        messageId: services ? 'starNarrowed' : policy ? 'star' : 'iotStar',
        data: { action: item.value },
      });
    } else {
      out.push({
        node: item.node,
        key: item.value,
        severity: 'medium',
        messageId: policy ? 'serviceWildcard' : 'iotServiceWildcard',
        data: { action: item.value, service: item.value.split(':')[0], including: including(left) },
      });
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'iam-wildcard-action',
    severity: 'high',
    title: 'Policy allows a wildcard action',
    why: '`*` grants every action of every service, and `service:*` every action of one service, including the ones added after the policy was written. Wildcards hide what a workload can really do and usually grant destructive and permission-changing actions nobody meant to give. In an IoT policy, `iot:*` lets a device connect as any client, publish and subscribe to every topic and rewrite every shadow.',
    fix: 'Replace the wildcard with the specific actions the workload calls (CloudTrail or IAM Access Analyzer policy generation shows which). A narrow wildcard such as `s3:Get*` is accepted; `*` and `service:*` are not. For an IoT policy, name `iot:Connect`, `iot:Publish`, `iot:Subscribe` and `iot:Receive` as needed.',
    aka: {
      cfnNag: ['F3', 'F4', 'F5', 'W38'],
      checkov: ['CKV_AWS_63'],
      cdkNag: [
        'AwsSolutions-IAM5',
        'NIST.800.53.R5-IAMPolicyNoStatementsWithFullAccess',
        'HIPAA.Security-IAMPolicyNoStatementsWithFullAccess',
        'PCI.DSS.321-IAMPolicyNoStatementsWithFullAccess',
      ],
    },
    family: 'least-privilege',
    messages: {
      star: 'Allows "*": every action of every AWS service.',
      starNarrowed: 'Allows "{{action}}": every action of every AWS service but those the Deny statements remove.',
      starToService:
        'Allows "{{action}}", which the Deny statements narrow to every action of {{service}}{{including}}.',
      serviceWildcard: 'Allows "{{action}}": every action of {{service}}{{including}}.',
      iotStar: 'IoT policy: Allows "*": every action of every AWS service.',
      iotServiceWildcard: 'IoT policy: Allows "{{action}}": every action of {{service}}{{including}}.',
    },
  },
  checkPolicy(policy, ctx) {
    if (!isIdentity(policy)) return;
    for (const st of policy.statements) for (const r of wildcards(st, policy)) ctx.report({ ...r, policy });
  },
  checkTemplate(t, ctx) {
    for (const p of iotPoliciesOf(t, ctx)) {
      for (const st of p.statements) {
        for (const r of wildcards(st)) ctx.report({ ...r, resource: p.res });
      }
    }
  },
});
