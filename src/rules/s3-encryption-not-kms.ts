import { defineRule } from './types.js';
import { type Node } from '../parse/node.js';
import { at, created, prop, string } from './infra.js';

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
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::S3::Bucket')) {
      const rules = ctx.resolver.items(prop(ctx, r.props, 'BucketEncryption', 'ServerSideEncryptionConfiguration'));
      const algos = rules.map((n: Node) => string(ctx, prop(ctx, n, 'ServerSideEncryptionByDefault', 'SSEAlgorithm')));
      if (algos.some((a) => a === 'unknown' || a === 'aws:kms' || a === 'aws:kms:dsse')) continue;
      ctx.report({
        node: at(r, 'BucketEncryption'),
        resource: r.res,
        message: algos.length
          ? `${r.res.id} encrypts with S3-managed keys (AES256), not KMS.`
          : `${r.res.id} has no default encryption with KMS (S3 uses S3-managed keys).`,
      });
    }
  },
});
