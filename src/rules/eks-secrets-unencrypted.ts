import { at, blank, prop, string } from './utils/properties.js';
import { propertyRule, type Problem } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'eks-secrets-unencrypted',
    severity: 'medium',
    title: 'EKS secrets not encrypted with your own key',
    why: 'Kubernetes Secrets hold service-account tokens, database passwords and registry credentials. Without envelope encryption under a customer managed KMS key, anyone who gets a copy of etcd (a backup, a snapshot) reads them, and access to them cannot be audited or revoked through a key policy; EKS’s default AWS-owned key offers neither.',
    fix: 'Add `EncryptionConfig: [{Resources: [secrets], Provider: {KeyArn: <customer managed key ARN>}}]` to the cluster.',
    aka: { cfnNag: ['W82'], checkov: ['CKV_AWS_58'] },
    family: 'encryption-at-rest',
    messages: {
      entryNoKey:
        '{{id}}: EncryptionConfig entry {{entry}} names no Provider.KeyArn, so no KMS key of yours encrypts what it lists.',
      secretsNotCovered: '{{id}}: EncryptionConfig does not cover secrets with a KMS key.',
      noEncryptionConfig:
        '{{id}} has no EncryptionConfig: its Kubernetes secrets are not encrypted with your own KMS key.',
    },
  },
  types: ['AWS::EKS::Cluster'],
  check(r, ctx) {
    const configs = ctx.resolver.items(prop(ctx, r.props, 'EncryptionConfig'));
    let unknown = false;
    let covered = false;
    const out: Problem<'entryNoKey'>[] = [];
    configs.forEach((c, i) => {
      const resources = ctx.resolver.items(prop(ctx, c, 'Resources')).map((n) => string(ctx, n));
      const keyNode = prop(ctx, c, 'Provider', 'KeyArn');
      if (resources.includes('unknown') || (!blank(ctx, keyNode) && string(ctx, keyNode) === 'unknown')) unknown = true;
      // Provider is optional in CloudFormation: an entry without a key encrypts with no key of yours.
      if (blank(ctx, keyNode)) {
        out.push({
          node: c,
          key: `EncryptionConfig[${i}]`,
          messageId: 'entryNoKey',
          data: { id: r.res.id, entry: i + 1 },
        });
      } else if (resources.includes('secrets')) covered = true;
    });
    if (out.length || covered || unknown) return out;
    return {
      node: at(r, 'EncryptionConfig'),
      messageId: configs.length ? 'secretsNotCovered' : 'noEncryptionConfig',
      data: { id: r.res.id },
    };
  },
});
