import { defineRule } from './types.js';
import { allPorts, describePorts, onlyLoadBalancers, worldOpenIngress } from './utils/security-groups.js';

export default defineRule({
  meta: {
    id: 'sg-open-all-ports',
    severity: 'critical',
    title: 'Every port open to the internet',
    why: 'Ingress on all protocols (`IpProtocol: -1`) or all ports from `0.0.0.0/0` or `::/0` exposes every service on the instances, including the ones nobody knows are listening: databases, admin consoles, debug ports.',
    fix: "Allow only the ports the service answers on (usually 443), from the load balancer's security group rather than the internet where possible.",
    aka: { cfnNag: ['W42'] },
    family: 'network',
    messages: {
      open: '{{id}} allows {{opened}} from {{cidr}}.',
      listenerOpen:
        "{{id}} allows {{opened}} from {{cidr}}, but only {{balancers}} uses the group, and a load balancer accepts traffic only on its listeners' ports: every listener is open to the internet.",
      listenersOpen:
        "{{id}} allows {{opened}} from {{cidr}}, but only {{balancers}} use the group, and a load balancer accepts traffic only on its listeners' ports: every listener is open to the internet.",
    },
  },
  checkTemplate(t, ctx) {
    for (const i of worldOpenIngress(t, ctx)) {
      if (!allPorts(i)) continue;
      // A group only load balancers use opens their listeners, not every service: one lower.
      const lbs = onlyLoadBalancers(t, ctx, i);
      ctx.report({
        node: i.node,
        resource: i.resource,
        key: i.key,
        severity: lbs ? 'high' : undefined,
        messageId: !lbs ? 'open' : lbs.length > 1 ? 'listenersOpen' : 'listenerOpen',
        data: {
          id: i.resource.id,
          opened: describePorts(i),
          cidr: i.cidr,
          balancers: lbs?.map((r) => r.id).join(', ') ?? '',
        },
      });
    }
  },
});
