import { defineRule } from './types.js';
import { at, bool, created, prop } from './infra.js';

export default defineRule({
  meta: {
    id: 'efs-unencrypted',
    severity: 'high',
    title: 'EFS file system not encrypted',
    why: 'An EFS file system without encryption at rest keeps its files, and its backups, readable by anyone with access to the underlying storage or a restored backup. Encryption can only be chosen when the file system is created.',
    fix: 'Set `Encrypted: true` (with a `KmsKeyId` for a customer managed key).',
    aka: { cfnNag: ['F32'], checkov: ['CKV_AWS_42'], cdkNag: ['AwsSolutions-EFS1'] },
    family: 'encryption-at-rest',
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::EFS::FileSystem')) {
      const node = prop(ctx, r.props, 'Encrypted');
      const enc = bool(ctx, node);
      if (enc === true || enc === 'unknown') continue;
      ctx.report({ node: node ?? at(r), resource: r.res, message: `${r.res.id} is not encrypted at rest.` });
    }
  },
});
