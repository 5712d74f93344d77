import { defineRule } from './types.js';
import { bool, created, prop, string } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'nacl-allow-all',
    severity: 'medium',
    title: 'Network ACL allows all traffic from anywhere',
    why: 'A network ACL entry that allows every protocol from `0.0.0.0/0` or `::/0` removes the subnet-level layer of defence: only security groups are left between the internet and the subnet.',
    fix: 'Allow the protocols and port ranges the subnet serves (and the ephemeral range for return traffic) instead of protocol `-1`.',
    aka: { cfnNag: ['W66'] },
    family: 'network',
    messages: { allowAll: '{{id}} allows all protocols from {{cidr}}.' },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::EC2::NetworkAclEntry')) {
      if (bool(ctx, prop(ctx, r.props, 'Egress')) === true) continue;
      if (string(ctx, prop(ctx, r.props, 'RuleAction')) !== 'allow') continue;
      const protoNode = prop(ctx, r.props, 'Protocol');
      if (string(ctx, protoNode) !== '-1') continue;
      const cidr = [prop(ctx, r.props, 'CidrBlock'), prop(ctx, r.props, 'Ipv6CidrBlock')].find((n) =>
        ['0.0.0.0/0', '::/0'].includes(string(ctx, n) ?? ''),
      );
      if (!cidr) continue;
      ctx.report({
        node: cidr,
        resource: r.res,
        messageId: 'allowAll',
        data: { id: r.res.id, cidr: string(ctx, cidr)! },
      });
    }
  },
});
