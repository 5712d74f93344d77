import { defineRule } from './types.js';
import { at, blank, created, prop } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'cloudtrail-no-cloudwatch',
    severity: 'low',
    title: 'CloudTrail not delivering to CloudWatch Logs',
    why: 'A trail that only writes to S3 can be searched after the fact but cannot raise an alarm: metric filters and alarms on root logins, IAM changes or disabled trails need the events in CloudWatch Logs. CloudTrail delivers to a log group only through the role named in `CloudWatchLogsRoleArn`; a log group without it receives nothing.',
    fix: 'Set `CloudWatchLogsLogGroupArn` and `CloudWatchLogsRoleArn`, and add metric filters with alarms for the events you care about.',
    aka: {
      cdkNag: [
        'NIST.800.53.R5-CloudTrailCloudWatchLogsEnabled',
        'HIPAA.Security-CloudTrailCloudWatchLogsEnabled',
        'PCI.DSS.321-CloudTrailCloudWatchLogsEnabled',
      ],
    },
    family: 'logging',
    messages: {
      noLogGroup: '{{id}} does not deliver its events to CloudWatch Logs.',
      noRole: '{{id}} names a CloudWatch Logs group but no CloudWatchLogsRoleArn: CloudTrail cannot deliver to it.',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::CloudTrail::Trail')) {
      const group = prop(ctx, r.props, 'CloudWatchLogsLogGroupArn');
      if (blank(ctx, group)) {
        ctx.report({
          node: at(r, 'CloudWatchLogsLogGroupArn'),
          resource: r.res,
          messageId: 'noLogGroup',
          data: { id: r.res.id },
        });
        continue;
      }
      // CloudTrail writes to the log group by assuming this role: without it nothing arrives.
      const role = prop(ctx, r.props, 'CloudWatchLogsRoleArn');
      if (!blank(ctx, role)) continue;
      ctx.report({
        node: at(r, role ? 'CloudWatchLogsRoleArn' : 'CloudWatchLogsLogGroupArn'),
        resource: r.res,
        messageId: 'noRole',
        data: { id: r.res.id },
      });
    }
  },
});
