import { at, prop, string } from './infra.js';
import { propertyRule } from './property-rule.js';

export default propertyRule({
  meta: {
    id: 'eks-secrets-unencrypted',
    severity: 'medium',
    title: 'EKS secrets not encrypted with your own key',
    why: 'Kubernetes Secrets hold service-account tokens, database passwords and registry credentials. Without envelope encryption under a customer managed KMS key, anyone who gets a copy of etcd (a backup, a snapshot) reads them, and access to them cannot be audited or revoked through a key policy; EKS’s default AWS-owned key offers neither.',
    fix: 'Add `EncryptionConfig: [{Resources: [secrets], Provider: {KeyArn: <customer managed key ARN>}}]` to the cluster.',
    aka: { cfnNag: ['W82'], checkov: ['CKV_AWS_58'] },
    family: 'encryption-at-rest',
  },
  types: ['AWS::EKS::Cluster'],
  check(r, ctx) {
    const configs = ctx.resolver.items(prop(ctx, r.props, 'EncryptionConfig'));
    let unknown = false;
    for (const c of configs) {
      const resources = ctx.resolver.items(prop(ctx, c, 'Resources')).map((n) => string(ctx, n));
      const key = prop(ctx, c, 'Provider', 'KeyArn');
      if (resources.includes('unknown') || string(ctx, key) === 'unknown') unknown = true;
      if (resources.includes('secrets') && key) return undefined;
    }
    if (unknown) return undefined;
    const where = at(r, 'EncryptionConfig');
    return {
      node: where,
      message: configs.length
        ? `${r.res.id}: EncryptionConfig does not cover secrets with a KMS key.`
        : `${r.res.id} has no EncryptionConfig: its Kubernetes secrets are not encrypted with your own KMS key.`,
    };
  },
});
