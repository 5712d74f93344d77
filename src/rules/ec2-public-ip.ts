import type { Node } from '../parse/node.js';
import { asBool } from '../template/values.js';
import { prop } from './utils/properties.js';
import { propertyRule, type Problem } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'ec2-public-ip',
    severity: 'low',
    title: 'Instance network interface gets a public IP address',
    why: 'A public address makes the instance reachable from the internet wherever its security group allows, and gives it a way out that bypasses NAT and egress controls. Instances behind a load balancer or reached through SSM do not need one.',
    fix: 'Set `AssociatePublicIpAddress: false` and put the instance in a private subnet; reach it through a load balancer, SSM Session Manager or a VPN.',
    aka: {
      checkov: ['CKV_AWS_88'],
      cdkNag: [
        'NIST.800.53.R5-EC2InstanceNoPublicIp',
        'HIPAA.Security-EC2InstanceNoPublicIp',
        'PCI.DSS.321-EC2InstanceNoPublicIp',
      ],
    },
    family: 'public-exposure',
    messages: {
      publicIp: '{{id}} gives network interface {{index}} a public IP address.',
    },
  },
  types: ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate'],
  check(r, ctx) {
    const data = r.res.type === 'AWS::EC2::LaunchTemplate' ? prop(ctx, r.props, 'LaunchTemplateData') : r.props;
    return ctx.resolver.items(prop(ctx, data, 'NetworkInterfaces')).map((ni, i): Problem<'publicIp'> | undefined => {
      const node: Node | undefined = prop(ctx, ni, 'AssociatePublicIpAddress');
      if (!node || asBool(ctx.resolver.value(node)) !== true) return undefined;
      // EC2 assigns a public address only to a network interface the launch creates; an existing
      // one (NetworkInterfaceId) keeps the addresses it has (docs/accuracy.md, AWS's defaults).
      if (prop(ctx, ni, 'NetworkInterfaceId')) return undefined;
      return {
        node,
        key: `NetworkInterfaces[${i}]`,
        messageId: 'publicIp',
        data: { id: r.res.id, index: i },
        fix: node.kind === 'scalar' ? { node, replacement: 'false' } : undefined,
      };
    });
  },
});
