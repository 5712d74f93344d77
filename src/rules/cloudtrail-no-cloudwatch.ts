import { defineRule } from './types.js';
import { at, created, prop } from './infra.js';

export default defineRule({
  meta: {
    id: 'cloudtrail-no-cloudwatch',
    severity: 'low',
    title: 'CloudTrail not delivering to CloudWatch Logs',
    why: 'A trail that only writes to S3 can be searched after the fact but cannot raise an alarm: metric filters and alarms on root logins, IAM changes or disabled trails need the events in CloudWatch Logs.',
    fix: 'Set `CloudWatchLogsLogGroupArn` and `CloudWatchLogsRoleArn`, and add metric filters with alarms for the events you care about.',
    aka: {
      cdkNag: [
        'NIST.800.53.R5-CloudTrailCloudWatchLogsEnabled',
        'HIPAA.Security-CloudTrailCloudWatchLogsEnabled',
        'PCI.DSS.321-CloudTrailCloudWatchLogsEnabled',
      ],
    },
    family: 'logging',
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::CloudTrail::Trail')) {
      if (prop(ctx, r.props, 'CloudWatchLogsLogGroupArn')) continue;
      ctx.report({
        node: at(r),
        resource: r.res,
        message: `${r.res.id} does not deliver its events to CloudWatch Logs.`,
      });
    }
  },
});
