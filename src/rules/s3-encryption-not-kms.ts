import { defineRule } from './types.js';
import { type Node } from '../parse/node.js';
import { at, created, prop, referencedId, string, type Res } from './utils/properties.js';
import type { RuleContext } from './types.js';
import type { Template } from '../template/model.js';

/**
 * Buckets a load balancer of the template writes its access logs to. Elastic Load Balancing
 * supports only S3-managed keys (SSE-S3) on such a bucket (docs/accuracy.md, AWS's defaults), so
 * KMS is not an option there.
 */
function loadBalancerLogBuckets(t: Template, ctx: RuleContext, buckets: readonly Res[]): Set<string> {
  const targets: Node[] = [];
  for (const lb of created(t, ctx, 'AWS::ElasticLoadBalancingV2::LoadBalancer')) {
    for (const a of ctx.resolver.items(prop(ctx, lb.props, 'LoadBalancerAttributes'))) {
      const value = prop(ctx, a, 'Value');
      if (value && string(ctx, prop(ctx, a, 'Key')) === 'access_logs.s3.bucket') targets.push(value);
    }
  }
  for (const lb of created(t, ctx, 'AWS::ElasticLoadBalancing::LoadBalancer')) {
    const value = prop(ctx, lb.props, 'AccessLoggingPolicy', 'S3BucketName');
    if (value) targets.push(value);
  }
  const out = new Set<string>();
  // Buckets by their BucketName, worked out only when a load balancer names one that way.
  let byName: Map<string, string> | undefined;
  for (const n of targets) {
    const id = referencedId(n);
    if (id) out.add(id);
    const name = string(ctx, n);
    if (!name || name === 'unknown') continue;
    byName ??= new Map(
      buckets.flatMap((b) => {
        const given = string(ctx, prop(ctx, b.props, 'BucketName'));
        return given && given !== 'unknown' ? [[given, b.res.id] as const] : [];
      }),
    );
    const id2 = byName.get(name);
    if (id2) out.add(id2);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 's3-encryption-not-kms',
    severity: 'low',
    title: 'S3 bucket not encrypted with KMS',
    why: 'S3 encrypts every new object with S3-managed keys (SSE-S3), which protects against lost disks but not against anyone who can read the bucket. A KMS key adds a second permission check (`kms:Decrypt`), CloudTrail records of every use, and the ability to revoke access by disabling the key.',
    fix: 'Set `BucketEncryption` with `SSEAlgorithm: aws:kms` (and a customer managed `KMSMasterKeyID` for control over the key policy), with `BucketKeyEnabled: true` to keep KMS costs down.',
    aka: {
      cfnNag: ['W41'],
      checkov: ['CKV_AWS_19'],
      cdkNag: [
        'NIST.800.53.R5-S3DefaultEncryptionKMS',
        'HIPAA.Security-S3DefaultEncryptionKMS',
        'PCI.DSS.321-S3DefaultEncryptionKMS',
      ],
    },
    family: 'encryption-at-rest',
    messages: {
      s3ManagedKeys: '{{id}} encrypts with S3-managed keys (AES256), not KMS.',
      noKms: '{{id}} has no default encryption with KMS (S3 uses S3-managed keys).',
    },
  },
  checkTemplate(t, ctx) {
    const buckets = created(t, ctx, 'AWS::S3::Bucket');
    const lbLogs = loadBalancerLogBuckets(t, ctx, buckets);
    for (const r of buckets) {
      if (lbLogs.has(r.res.id)) continue;
      const rules = ctx.resolver.items(prop(ctx, r.props, 'BucketEncryption', 'ServerSideEncryptionConfiguration'));
      const written = rules.map((n: Node) => prop(ctx, n, 'ServerSideEncryptionByDefault', 'SSEAlgorithm'));
      const algos = written.map((n) => string(ctx, n));
      if (algos.some((a) => a === 'unknown' || a === 'aws:kms' || a === 'aws:kms:dsse')) continue;
      // S3-managed keys named: the finding is about that value; none named: about the bucket's setting.
      ctx.report({
        node: written.find((n) => n !== undefined) ?? at(r, 'BucketEncryption'),
        resource: r.res,
        messageId: algos.length ? 's3ManagedKeys' : 'noKms',
        data: { id: r.res.id },
      });
    }
  },
});
