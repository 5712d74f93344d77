import { defineRule } from './types.js';
import { at, bool, created, prop, string, replaceScalar } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'kms-rotation-disabled',
    severity: 'medium',
    title: 'KMS key without automatic rotation',
    why: 'Without rotation, a symmetric key encrypts data with the same key material for its whole life, so anything that ever exposed it (a compliance finding, a key-material import gone wrong) stays exposed. Rotation is free of downtime: old material keeps decrypting.',
    fix: 'Set `EnableKeyRotation: true` (optionally `RotationPeriodInDays`). Asymmetric and HMAC keys cannot rotate and are not flagged.',
    aka: {
      cfnNag: ['F19'],
      checkov: ['CKV_AWS_7'],
      cdkNag: [
        'AwsSolutions-KMS5',
        'NIST.800.53.R5-KMSBackingKeyRotationEnabled',
        'PCI.DSS.321-KMSBackingKeyRotationEnabled',
      ],
    },
    family: 'encryption-at-rest',
    messages: {
      rotationOff: '{{id}} does not rotate its key material (EnableKeyRotation is false).',
      rotationUnset: '{{id}} does not rotate its key material (EnableKeyRotation is not set).',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::KMS::Key')) {
      const spec = string(ctx, prop(ctx, r.props, 'KeySpec'));
      if (spec !== undefined && spec !== 'SYMMETRIC_DEFAULT') continue;
      const node = prop(ctx, r.props, 'EnableKeyRotation');
      const on = bool(ctx, node);
      if (on === true || on === 'unknown') continue;
      ctx.report({
        node: node ?? at(r),
        resource: r.res,
        fix: replaceScalar(node, 'true'),
        messageId: node ? 'rotationOff' : 'rotationUnset',
        data: { id: r.res.id },
      });
    }
  },
});
