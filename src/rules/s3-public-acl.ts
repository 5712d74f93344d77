import { defineRule } from './types.js';
import { created, prop, string, replaceScalar } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 's3-public-acl',
    severity: 'high',
    title: 'S3 bucket with a public canned ACL',
    why: '`PublicRead` lets anyone on the internet list and read the bucket, `AuthenticatedRead` any AWS account (which is the same thing), and `PublicReadWrite` lets anyone write and delete objects, too: a bucket that can be filled with malware at your expense.',
    fix: 'Remove `AccessControl` (the default is private) and keep Object Ownership at `BucketOwnerEnforced`, which disables ACLs. Serve public content through CloudFront with origin access control.',
    aka: { cfnNag: ['W31', 'F14'], checkov: ['CKV_AWS_20', 'CKV_AWS_57'] },
    family: 'public-exposure',
    messages: {
      publicReadWrite: '{{id}} lets anyone read, write and delete its objects (AccessControl: PublicReadWrite).',
      publicRead: '{{id}} lets anyone read its objects (AccessControl: PublicRead).',
      authenticatedRead: '{{id}} lets any AWS account read its objects (AccessControl: AuthenticatedRead).',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::S3::Bucket')) {
      const node = prop(ctx, r.props, 'AccessControl');
      const acl = string(ctx, node);
      if (!node || (acl !== 'PublicRead' && acl !== 'PublicReadWrite' && acl !== 'AuthenticatedRead')) continue;
      ctx.report({
        node,
        resource: r.res,
        fix: replaceScalar(node, 'Private'),
        severity: acl === 'PublicReadWrite' ? 'critical' : 'high',
        messageId:
          acl === 'PublicReadWrite' ? 'publicReadWrite' : acl === 'PublicRead' ? 'publicRead' : 'authenticatedRead',
        data: { id: r.res.id },
      });
    }
  },
});
