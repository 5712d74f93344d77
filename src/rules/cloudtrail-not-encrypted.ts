import { defineRule } from './types.js';
import { at, blank, created, prop } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'cloudtrail-not-encrypted',
    severity: 'medium',
    title: 'CloudTrail logs not encrypted with KMS',
    why: 'Trail logs record every API call in the account. Without a KMS key, anyone who can read the log bucket can read them; with one, reading also needs `kms:Decrypt`, and every read is itself logged.',
    fix: 'Set `KMSKeyId` to a KMS key whose policy lets CloudTrail encrypt and your security team decrypt.',
    aka: {
      checkov: ['CKV_AWS_35'],
      cdkNag: [
        'NIST.800.53.R5-CloudTrailEncryptionEnabled',
        'HIPAA.Security-CloudTrailEncryptionEnabled',
        'PCI.DSS.321-CloudTrailEncryptionEnabled',
      ],
    },
    family: 'logging',
    messages: {
      noKey: '{{id}} does not encrypt its logs with KMS (no KMSKeyId).',
      emptyKey: '{{id}} does not encrypt its logs with KMS (KMSKeyId is empty).',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::CloudTrail::Trail')) {
      // An empty KMSKeyId names no key: CloudTrail then uses SSE-S3 as with none.
      const key = prop(ctx, r.props, 'KMSKeyId');
      if (!blank(ctx, key)) continue;
      ctx.report({
        node: at(r, 'KMSKeyId'),
        resource: r.res,
        messageId: key ? 'emptyKey' : 'noKey',
        data: { id: r.res.id },
      });
    }
  },
});
