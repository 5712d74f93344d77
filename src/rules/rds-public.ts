import { defineRule } from './types.js';
import { at, bool, created, prop, replaceScalar } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'rds-public',
    severity: 'high',
    title: 'Database instance reachable from the internet',
    why: '`PubliclyAccessible: true` gives the instance a public DNS name and address; only its security group stands between the database and the internet. With the property absent and no `DBSubnetGroupName`, AWS places the instance in the default VPC and makes it public.',
    fix: 'Set `PubliclyAccessible: false` and place the instance in private subnets with `DBSubnetGroupName`. Reach it through a bastion, SSM port forwarding or a VPN.',
    aka: {
      cfnNag: ['F22'],
      checkov: ['CKV_AWS_17'],
      cdkNag: [
        'NIST.800.53.R5-RDSInstancePublicAccess',
        'HIPAA.Security-RDSInstancePublicAccess',
        'PCI.DSS.321-RDSInstancePublicAccess',
      ],
    },
    family: 'public-exposure',
    messages: {
      public: '{{id}} is publicly accessible.',
      publicByDefault:
        '{{id}} sets neither PubliclyAccessible nor DBSubnetGroupName: AWS makes it public in the default VPC.',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::RDS::DBInstance')) {
      // An Aurora instance takes its network placement from its cluster.
      if (prop(ctx, r.props, 'DBClusterIdentifier')) continue;
      const node = prop(ctx, r.props, 'PubliclyAccessible');
      const pub = bool(ctx, node);
      if (pub === true) {
        ctx.report({
          node: node!,
          resource: r.res,
          messageId: 'public',
          data: { id: r.res.id },
          fix: replaceScalar(node, 'false'),
        });
      } else if (pub === undefined && !prop(ctx, r.props, 'DBSubnetGroupName')) {
        ctx.report({
          node: at(r),
          resource: r.res,
          messageId: 'publicByDefault',
          data: { id: r.res.id },
        });
      }
    }
  },
});
