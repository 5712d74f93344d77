import { defineRule } from './types.js';
import { at, created, prop, referencedId } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 's3-no-access-logging',
    severity: 'low',
    title: 'S3 bucket without server access logging',
    why: "Server access logs record every request to the bucket, including anonymous ones and ones CloudTrail data events do not cover by default; without them there is no way to tell who read what after a leak. A bucket that is itself the target of other buckets' logs is not flagged (logging it into itself would loop).",
    fix: 'Set `LoggingConfiguration: {DestinationBucketName: !Ref LogBucket, LogFilePrefix: my-bucket/}`, or enable CloudTrail S3 data events for the bucket.',
    aka: {
      cfnNag: ['W35'],
      checkov: ['CKV_AWS_18'],
      cdkNag: [
        'AwsSolutions-S1',
        'NIST.800.53.R5-S3BucketLoggingEnabled',
        'HIPAA.Security-S3BucketLoggingEnabled',
        'PCI.DSS.321-S3BucketLoggingEnabled',
      ],
    },
    family: 'logging',
    messages: { noLogging: '{{id}} does not log requests (no LoggingConfiguration).' },
  },
  checkTemplate(t, ctx) {
    const buckets = created(t, ctx, 'AWS::S3::Bucket');
    const targets = new Set<string>();
    for (const b of buckets) {
      const dest = prop(ctx, b.props, 'LoggingConfiguration', 'DestinationBucketName');
      const id = referencedId(dest);
      if (id) targets.add(id);
      const name = ctx.resolver.string(dest);
      if (name) targets.add(name);
    }
    for (const b of buckets) {
      if (prop(ctx, b.props, 'LoggingConfiguration')) continue;
      const name = ctx.resolver.string(prop(ctx, b.props, 'BucketName'));
      if (targets.has(b.res.id) || (name && targets.has(name))) continue;
      ctx.report({
        node: at(b),
        resource: b.res,
        messageId: 'noLogging',
        data: { id: b.res.id },
      });
    }
  },
});
