import { defineRule } from './types.js';
import type { Resource, Template } from '../template/model.js';
import { isUnknown } from '../template/values.js';
import { created, prop, referencedId } from './utils/properties.js';
import type { RuleContext } from './types.js';

/**
 * Who the template's `AWS::IAM::UserToGroupAddition` resources add to groups: logical ids (from
 * `Ref`) and literal user names. `unknown` when one names a user we cannot read, so no user is
 * said to be groupless on a guess.
 */
function addedUsers(t: Template, ctx: RuleContext): { ids: Set<string>; names: Set<string>; unknown: boolean } {
  const out = { ids: new Set<string>(), names: new Set<string>(), unknown: false };
  for (const a of created(t, ctx, 'AWS::IAM::UserToGroupAddition')) {
    const users = prop(ctx, a.props, 'Users');
    if (users && isUnknown(ctx.resolver.value(users))) out.unknown = true;
    for (const n of ctx.resolver.items(users)) {
      const id = referencedId(n);
      if (id && t.byId.has(id)) {
        out.ids.add(id);
        continue;
      }
      const name = ctx.resolver.string(n);
      if (name === undefined) out.unknown = true;
      else out.names.add(name);
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'iam-user-not-in-group',
    severity: 'low',
    title: 'IAM user belongs to no group',
    why: 'A user outside every group gets its permissions one policy at a time, directly on the user. Such grants drift apart between people with the same job, are hard to review and are rarely taken back; groups keep who-may-do-what in one place.',
    fix: 'Add the user to a group (`Groups: [!Ref Developers]`, or an `AWS::IAM::UserToGroupAddition`) and attach the policies to the group; better still, move people to IAM Identity Center.',
    aka: {
      cfnNag: ['F2000'],
      cdkNag: [
        'NIST.800.53.R5-IAMUserGroupMembership',
        'HIPAA.Security-IAMUserGroupMembership',
        'PCI.DSS.321-IAMUserGroupMembership',
      ],
    },
    family: 'credentials',
    messages: {
      noGroup: '{{id}} is in no group: it has no Groups and no UserToGroupAddition names it.',
    },
  },
  checkTemplate(t, ctx) {
    const users = created(t, ctx, 'AWS::IAM::User');
    if (!users.length) return;
    const added = addedUsers(t, ctx);
    if (added.unknown) return;
    const inAddition = (res: Resource, name: string | undefined): boolean =>
      added.ids.has(res.id) || (name !== undefined && added.names.has(name));
    for (const u of users) {
      const groups = prop(ctx, u.props, 'Groups');
      if (groups && (isUnknown(ctx.resolver.value(groups)) || ctx.resolver.items(groups).length)) continue;
      const nameNode = prop(ctx, u.props, 'UserName');
      const name = ctx.resolver.string(nameNode);
      if (nameNode && name === undefined && added.names.size) continue;
      if (inAddition(u.res, name)) continue;
      ctx.report({
        node: u.res.idNode,
        resource: u.res,
        messageId: 'noGroup',
        data: { id: u.res.id },
      });
    }
  },
});
