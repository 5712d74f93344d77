import { defineRule } from './types.js';
import { created, prop, string } from './utils/properties.js';
import type { Node } from '../parse/node.js';

export default defineRule({
  meta: {
    id: 'elb-http-listener',
    severity: 'high',
    title: 'Load balancer listener serves plain HTTP',
    why: 'A listener on HTTP carries cookies, tokens and form data in clear text between the client and the load balancer, where anyone on the path can read and change them. An HTTP listener that only redirects to HTTPS is fine.',
    fix: 'Listen on HTTPS with a certificate; keep port 80 only as a listener whose default action is `redirect` with `Protocol: HTTPS`. For a classic ELB, use `HTTPS` or `SSL` listeners.',
    aka: {
      cfnNag: ['W56'],
      checkov: ['CKV_AWS_2'],
      cdkNag: [
        'NIST.800.53.R5-ALBHttpToHttpsRedirection',
        'HIPAA.Security-ALBHttpToHttpsRedirection',
        'PCI.DSS.321-ALBHttpToHttpsRedirection',
      ],
    },
    family: 'encryption-in-transit',
    messages: {
      httpNoRedirect: '{{id}} serves plain HTTP without redirecting to HTTPS.',
      plainListener: '{{id}} has a {{protocol}} listener (not HTTPS or SSL).',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::ElasticLoadBalancingV2::Listener')) {
      const protoNode = prop(ctx, r.props, 'Protocol');
      if (string(ctx, protoNode) !== 'HTTP') continue;
      const actions = ctx.resolver.items(prop(ctx, r.props, 'DefaultActions'));
      const redirects =
        actions.length > 0 &&
        actions.every((a: Node) => {
          const type = string(ctx, prop(ctx, a, 'Type'));
          const to = string(ctx, prop(ctx, a, 'RedirectConfig', 'Protocol'));
          return type === 'redirect' && (to === 'HTTPS' || to === 'unknown');
        });
      if (redirects) continue;
      ctx.report({
        node: protoNode!,
        resource: r.res,
        messageId: 'httpNoRedirect',
        data: { id: r.res.id },
      });
    }
    for (const r of created(t, ctx, 'AWS::ElasticLoadBalancing::LoadBalancer')) {
      for (const l of ctx.resolver.items(prop(ctx, r.props, 'Listeners'))) {
        const node = prop(ctx, l, 'Protocol');
        const proto = string(ctx, node)?.toUpperCase();
        if (proto === 'HTTP' || proto === 'TCP') {
          ctx.report({
            node: node!,
            resource: r.res,
            key: String(l.key),
            messageId: 'plainListener',
            data: { id: r.res.id, protocol: proto },
          });
        }
      }
    }
  },
});
