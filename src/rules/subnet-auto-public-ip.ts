import { defineRule } from './types.js';
import { bool, created, prop, replaceScalar } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'subnet-auto-public-ip',
    severity: 'low',
    title: 'Subnet gives instances public IP addresses',
    why: '`MapPublicIpOnLaunch: true` gives every instance launched in the subnet a public address, so one permissive security group is enough to expose it. Instances should be public by decision, not by subnet default.',
    fix: 'Set `MapPublicIpOnLaunch: false` and give the few instances that need one an Elastic IP or `AssociatePublicIpAddress` explicitly; better, put them behind a load balancer.',
    aka: {
      cfnNag: ['W33'],
      cdkNag: [
        'NIST.800.53.R5-VPCSubnetAutoAssignPublicIpDisabled',
        'HIPAA.Security-VPCSubnetAutoAssignPublicIpDisabled',
        'PCI.DSS.321-VPCSubnetAutoAssignPublicIpDisabled',
      ],
    },
    family: 'network',
    messages: { publicIp: '{{id}} assigns a public IP address to every instance launched in it.' },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::EC2::Subnet')) {
      const node = prop(ctx, r.props, 'MapPublicIpOnLaunch');
      if (bool(ctx, node) === true) {
        ctx.report({
          node: node!,
          resource: r.res,
          fix: replaceScalar(node, 'false'),
          messageId: 'publicIp',
          data: { id: r.res.id },
        });
      }
    }
  },
});
