import { defineRule } from './types.js';
import { created, prop, referencedId } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'vpc-no-flow-logs',
    severity: 'medium',
    title: 'VPC without flow logs',
    why: 'Without flow logs there is no record of which addresses talked to which on which ports: incident responders cannot tell what a compromised instance connected to, or whether data left the VPC.',
    fix: 'Add an `AWS::EC2::FlowLog` with `ResourceType: VPC`, `ResourceId: !Ref Vpc` and `TrafficType: ALL` (or `REJECT` at least), delivering to CloudWatch Logs or S3.',
    aka: {
      cfnNag: ['W60'],
      cdkNag: [
        'AwsSolutions-VPC7',
        'NIST.800.53.R5-VPCFlowLogsEnabled',
        'HIPAA.Security-VPCFlowLogsEnabled',
        'PCI.DSS.321-VPCFlowLogsEnabled',
      ],
    },
    family: 'logging',
    messages: { noFlowLog: '{{id}} has no AWS::EC2::FlowLog in this template.' },
  },
  checkTemplate(t, ctx) {
    const logged = new Set<string>();
    for (const f of created(t, ctx, 'AWS::EC2::FlowLog')) {
      const ids = [prop(ctx, f.props, 'ResourceId'), ...ctx.resolver.items(prop(ctx, f.props, 'ResourceIds'))];
      for (const n of ids) {
        const id = referencedId(n) ?? ctx.resolver.string(n);
        if (id) logged.add(id);
      }
    }
    for (const r of created(t, ctx, 'AWS::EC2::VPC')) {
      if (logged.has(r.res.id)) continue;
      ctx.report({
        node: r.res.idNode,
        resource: r.res,
        messageId: 'noFlowLog',
        data: { id: r.res.id },
      });
    }
  },
});
