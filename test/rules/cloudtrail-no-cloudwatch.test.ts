import { ruleTester } from '../rule-tester.js';
import { GOOD_TRAIL, trail } from './trail.js';

ruleTester('cloudtrail-no-cloudwatch', {
  valid: [
    { name: 'delivering to a log group', code: GOOD_TRAIL },
    {
      name: 'a log group and a role behind parameters',
      code:
        'Parameters:\n  Group: {Type: String}\n  Role: {Type: String}\n' +
        trail('      CloudWatchLogsLogGroupArn: !Ref Group\n      CloudWatchLogsRoleArn: !Ref Role\n'),
    },
  ],
  invalid: [
    {
      name: 'S3 only',
      code: trail('      IsMultiRegionTrail: true\n'),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 8, severity: 'low' }],
    },
    {
      // CloudTrail needs the role to write to the group: without it the group stays empty.
      name: 'a log group without a role',
      code: trail('      CloudWatchLogsLogGroupArn: arn:aws:logs:us-east-1:123456789012:log-group:trail\n'),
      errors: [{ line: 7, column: 7, endLine: 7, endColumn: 32, message: /no CloudWatchLogsRoleArn/ }],
    },
    {
      name: 'a log group whose role key has no value',
      code: trail(
        '      CloudWatchLogsLogGroupArn: arn:aws:logs:us-east-1:123456789012:log-group:trail\n      CloudWatchLogsRoleArn:\n',
      ),
      errors: [{ line: 8, column: 7, endLine: 8, endColumn: 28, message: /no CloudWatchLogsRoleArn/ }],
    },
    {
      name: 'a log group with an empty role',
      code: trail(
        "      CloudWatchLogsLogGroupArn: arn:aws:logs:us-east-1:123456789012:log-group:trail\n      CloudWatchLogsRoleArn: ''\n",
      ),
      errors: [{ line: 8, column: 7, endLine: 8, endColumn: 28, message: /no CloudWatchLogsRoleArn/ }],
    },
  ],
});
