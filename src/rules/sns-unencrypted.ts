import { defineRule } from './types.js';
import { at, created, prop } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'sns-unencrypted',
    severity: 'medium',
    title: 'SNS topic not encrypted',
    why: 'Messages published to a topic without server-side encryption are stored unencrypted while SNS delivers them. Notifications often carry order details, alerts with hostnames, or personal data.',
    fix: 'Set `KmsMasterKeyId` to a KMS key (`alias/aws/sns`, or a customer managed key whose policy lets the publishing services use it).',
    aka: {
      cfnNag: ['W47'],
      checkov: ['CKV_AWS_26'],
      cdkNag: ['NIST.800.53.R5-SNSEncryptedKMS', 'HIPAA.Security-SNSEncryptedKMS', 'PCI.DSS.321-SNSEncryptedKMS'],
    },
    family: 'encryption-at-rest',
    messages: { noKey: '{{id}} has no KmsMasterKeyId: its messages are not encrypted at rest.' },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::SNS::Topic')) {
      if (prop(ctx, r.props, 'KmsMasterKeyId')) continue;
      ctx.report({ node: at(r), resource: r.res, messageId: 'noKey', data: { id: r.res.id } });
    }
  },
});
