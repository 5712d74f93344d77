import { propertyRule, requireTrue } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'workspaces-unencrypted',
    severity: 'medium',
    title: 'WorkSpaces volume not encrypted',
    why: 'A WorkSpace’s root volume holds the operating system, caches and swap; its user volume holds the user’s documents and browser profiles. Unencrypted, they and their snapshots are readable to anyone who reaches the storage. Encryption can only be chosen when the WorkSpace is created.',
    fix: 'Set `RootVolumeEncryptionEnabled: true` and `UserVolumeEncryptionEnabled: true`, with `VolumeEncryptionKey` naming the KMS key.',
    aka: { cfnNag: ['F29'], checkov: ['CKV_AWS_155', 'CKV_AWS_156'] },
    family: 'encryption-at-rest',
    messages: {
      rootUnencrypted: '{{id}}: the root volume is not encrypted ({{detail}}).',
      userUnencrypted: '{{id}}: the user volume is not encrypted ({{detail}}).',
    },
  },
  types: ['AWS::WorkSpaces::Workspace'],
  check: (r, ctx) =>
    [
      requireTrue(ctx, r, ['RootVolumeEncryptionEnabled'], { messageId: 'rootUnencrypted' }),
      requireTrue(ctx, r, ['UserVolumeEncryptionEnabled'], { messageId: 'userUnencrypted' }),
    ].map((p, i) => p && { ...p, key: i ? 'user' : 'root' }),
});
