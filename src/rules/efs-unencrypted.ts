import { propertyRule, requireTrue } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'efs-unencrypted',
    severity: 'high',
    title: 'EFS file system not encrypted',
    why: 'An EFS file system without encryption at rest keeps its files, and its backups, readable by anyone with access to the underlying storage or a restored backup. Encryption can only be chosen when the file system is created.',
    fix: 'Set `Encrypted: true` (with a `KmsKeyId` for a customer managed key).',
    aka: {
      cfnNag: ['F32'],
      checkov: ['CKV_AWS_42'],
      cdkNag: [
        'AwsSolutions-EFS1',
        'NIST.800.53.R5-EFSEncrypted',
        'HIPAA.Security-EFSEncrypted',
        'PCI.DSS.321-EFSEncrypted',
      ],
    },
    family: 'encryption-at-rest',
    messages: {
      unencrypted: '{{id}} is not encrypted at rest.',
    },
  },
  types: ['AWS::EFS::FileSystem'],
  check: (r, ctx) => requireTrue(ctx, r, ['Encrypted'], { messageId: 'unencrypted' }),
});
