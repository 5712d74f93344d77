import { defineRule } from './types.js';
import { get, keyNode } from '../parse/node.js';

export default defineRule({
  meta: {
    id: 'iam-user-direct-policy',
    severity: 'medium',
    title: 'Policy attached directly to an IAM user',
    why: 'Permissions given to users one by one drift apart, are hard to review and outlive the job they were given for. Groups (or, better, roles through IAM Identity Center) keep who-may-do-what in one place.',
    fix: 'Attach the policy to a group and add the user to the group, or move the person to IAM Identity Center.',
    aka: {
      cfnNag: ['F10', 'F11', 'F12'],
      checkov: ['CKV_AWS_40'],
      cdkNag: ['NIST.800.53.R5-IAMUserNoPolicies', 'HIPAA.Security-IAMUserNoPolicies', 'PCI.DSS.321-IAMUserNoPolicies'],
    },
    family: 'credentials',
    messages: {
      userPolicies: '{{id}} has policies attached directly ({{property}}); attach them to a group instead.',
      userPolicy: '{{id}} is an inline policy on a user; attach policies to a group instead.',
      attachedToUsers: '{{id}} is attached directly to users; attach it to a group instead.',
    },
  },
  checkTemplate(t, ctx) {
    const r = ctx.resolver;
    for (const res of t.resources) {
      if (!r.created(res.condition)) continue;
      const props = r.view(res.properties);
      if (res.type === 'AWS::IAM::User') {
        for (const prop of ['Policies', 'ManagedPolicyArns']) {
          if (r.items(get(props, prop)).length) {
            ctx.report({
              node: keyNode(props, prop)!,
              resource: res,
              key: prop,
              messageId: 'userPolicies',
              data: { id: res.id, property: prop },
            });
          }
        }
      } else if (res.type === 'AWS::IAM::UserPolicy') {
        ctx.report({
          node: res.idNode,
          resource: res,
          messageId: 'userPolicy',
          data: { id: res.id },
        });
      } else if (res.type === 'AWS::IAM::Policy' || res.type === 'AWS::IAM::ManagedPolicy') {
        if (r.items(get(props, 'Users')).length) {
          ctx.report({
            node: keyNode(props, 'Users')!,
            resource: res,
            messageId: 'attachedToUsers',
            data: { id: res.id },
          });
        }
      }
    }
  },
});
