import { defineRule } from './types.js';
import { at, bool, created, prop, string, replaceScalar } from './utils/properties.js';

const MODERN = /^TLSv1\.2_(2018|2019|2021|2025)$|^TLSv1\.3/;

const OUTDATED = /^(SSLv3|TLSv1|TLSv1_2016|TLSv1\.1_2016|TLSv1_2019)$/;

export default defineRule({
  meta: {
    id: 'cloudfront-outdated-tls',
    severity: 'medium',
    title: 'CloudFront allows viewer TLS below 1.2',
    why: 'A distribution whose viewer certificate allows TLS 1.0 or 1.1 (or SSLv3) lets clients negotiate protocols with known weaknesses. The default `*.cloudfront.net` certificate allows TLSv1, so a distribution without a custom certificate is flagged too.',
    fix: 'Use a custom certificate (`AcmCertificateArn`, `SslSupportMethod: sni-only`) with `MinimumProtocolVersion: TLSv1.2_2021`.',
    aka: { cfnNag: ['W70'], checkov: ['CKV_AWS_174'], cdkNag: ['AwsSolutions-CFR4'] },
    family: 'encryption-in-transit',
    messages: {
      defaultCertificate: '{{id}} uses the default CloudFront certificate, which allows TLSv1.',
      belowTls12: '{{id}} allows viewer TLS below 1.2 (MinimumProtocolVersion: {{version}}).',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::CloudFront::Distribution')) {
      const cert = prop(ctx, r.props, 'DistributionConfig', 'ViewerCertificate');
      const min = prop(ctx, cert, 'MinimumProtocolVersion');
      const version = string(ctx, min);
      const defaultCert = !cert || bool(ctx, prop(ctx, cert, 'CloudFrontDefaultCertificate')) === true;
      if (version === 'unknown') continue;
      if (defaultCert && !(prop(ctx, cert, 'AcmCertificateArn') || prop(ctx, cert, 'IamCertificateId'))) {
        ctx.report({
          node: cert ? at(r, 'DistributionConfig', 'ViewerCertificate') : at(r, 'DistributionConfig'),
          resource: r.res,
          messageId: 'defaultCertificate',
          data: { id: r.res.id },
        });
      } else if (!version || !MODERN.test(version)) {
        ctx.report({
          node: min ?? at(r, 'DistributionConfig', 'ViewerCertificate'),
          resource: r.res,
          // Versions below 1.2 have one certain successor; an unknown name is left to the author.
          fix: version && OUTDATED.test(version) ? replaceScalar(min, 'TLSv1.2_2021') : undefined,
          messageId: 'belowTls12',
          data: { id: r.res.id, version: version ?? 'not set, TLSv1' },
        });
      }
    }
  },
});
