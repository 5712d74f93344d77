import { defineRule } from './types.js';
import { at, created, prop, string } from './infra.js';

/**
 * SSL policies whose lowest protocol is TLS 1.2 (TLS13-1-2-*, TLS-1-2-*, FS-1-2-*, TLS13-1-3-*);
 * TLS13-1-1-* and TLS13-1-0-* also offer TLS 1.3 but still accept 1.1 or 1.0.
 */
const MODERN = /^ELBSecurityPolicy-(TLS13-1-[23]-|TLS-1-2-|FS-1-2-|TLS-1-3-)/;

export default defineRule({
  meta: {
    id: 'elb-outdated-tls-policy',
    severity: 'medium',
    title: 'Load balancer listener allows TLS below 1.2',
    why: 'TLS 1.0 and 1.1 have known weaknesses and are no longer accepted by PCI DSS or most compliance frameworks. An HTTPS or TLS listener that sets no `SslPolicy` gets ELBSecurityPolicy-2016-08, which still accepts TLS 1.0.',
    fix: 'Set `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06` (TLS 1.3 and 1.2) or another TLS 1.2+ policy.',
    aka: { cfnNag: ['W55'], checkov: ['CKV_AWS_103'] },
    family: 'encryption-in-transit',
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::ElasticLoadBalancingV2::Listener')) {
      const proto = string(ctx, prop(ctx, r.props, 'Protocol'));
      if (proto !== 'HTTPS' && proto !== 'TLS') continue;
      const node = prop(ctx, r.props, 'SslPolicy');
      const policy = string(ctx, node);
      if (policy === 'unknown' || (policy && MODERN.test(policy))) continue;
      ctx.report({
        node: node ?? at(r, 'Protocol'),
        resource: r.res,
        message: policy
          ? `${r.res.id} uses ${policy}, which allows TLS below 1.2.`
          : `${r.res.id} sets no SslPolicy; the default (ELBSecurityPolicy-2016-08) allows TLS 1.0.`,
      });
    }
  },
});
