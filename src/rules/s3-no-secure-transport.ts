import { defineRule } from './types.js';
import { asBool, asString, isUnknown, type Value } from '../template/values.js';
import { conditionEntries, isPublicPrincipal, known } from '../iam/semantics.js';
import { matches } from '../iam/catalogue.js';
import type { Policy } from '../policies/types.js';
import { at, created, prop, referencedId } from './utils/properties.js';

/** A statement that denies every principal s3 actions when aws:SecureTransport is false. */
function deniesInsecure(p: Policy): boolean {
  return p.statements.some(
    (st) =>
      st.effect === 'Deny' &&
      (st.principal?.items ?? []).some(isPublicPrincipal) &&
      (st.action?.items ?? []).some((i) => known(i) && matches(i.value, 's3:GetObject')) &&
      conditionEntries(st).some(
        (e) =>
          /^Bool(IfExists)?$/.test(e.operator) &&
          e.key.toLowerCase() === 'aws:securetransport' &&
          e.values.some((v: Value) => asBool(v) === false),
      ),
  );
}

export default defineRule({
  meta: {
    id: 's3-no-secure-transport',
    severity: 'medium',
    title: 'S3 bucket allows requests over plain HTTP',
    why: 'S3 answers on HTTP as well as HTTPS. Without a bucket policy that denies requests where `aws:SecureTransport` is false, a misconfigured client or SDK can send credentials-signed requests and data in clear text.',
    fix: 'Add a bucket policy statement: `Effect: Deny`, `Principal: "*"`, `Action: "s3:*"`, `Resource: [bucket ARN, bucket ARN/*]`, `Condition: {Bool: {aws:SecureTransport: false}}`.',
    aka: {
      cfnNag: ['W51'],
      cdkNag: [
        'AwsSolutions-S10',
        'NIST.800.53.R5-S3BucketSSLRequestsOnly',
        'HIPAA.Security-S3BucketSSLRequestsOnly',
        'PCI.DSS.321-S3BucketSSLRequestsOnly',
      ],
    },
    family: 'encryption-in-transit',
    messages: {
      policyAllowsPlain: "{{id}}'s bucket policy does not deny requests without TLS (aws:SecureTransport false).",
      noPolicy: '{{id}} has no bucket policy denying requests without TLS (aws:SecureTransport false).',
    },
  },
  checkTemplate(t, ctx) {
    // A bucket's policy is found across the template by Ref, GetAtt or name.
    const byBucket = new Map<string, Policy[]>();
    for (const p of ctx.policies) {
      if (p.governs !== 'AWS::S3::Bucket' || !p.resource) continue;
      const bucketNode = prop(ctx, ctx.resolver.view(p.resource.properties), 'Bucket');
      const target = referencedId(bucketNode);
      const name = asString(ctx.resolver.value(bucketNode));
      for (const key of [target, name].filter((k): k is string => Boolean(k)))
        byBucket.set(key, [...(byBucket.get(key) ?? []), p]);
    }
    for (const r of created(t, ctx, 'AWS::S3::Bucket')) {
      const nameValue = ctx.resolver.value(prop(ctx, r.props, 'BucketName'));
      const name = isUnknown(nameValue) ? undefined : asString(nameValue);
      const policies = [...(byBucket.get(r.res.id) ?? []), ...(name ? (byBucket.get(name) ?? []) : [])];
      if (policies.some(deniesInsecure)) continue;
      ctx.report({
        node: at(r),
        resource: r.res,
        messageId: policies.length ? 'policyAllowsPlain' : 'noPolicy',
        data: { id: r.res.id },
      });
    }
  },
});
