/** A CloudTrail trail template shared by the logging rule tests. */
export const trail = (props: string) =>
  `Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n${props}`;

export const GOOD_TRAIL = trail(
  '      IsMultiRegionTrail: true\n      EnableLogFileValidation: true\n      KMSKeyId: alias/trail\n      CloudWatchLogsLogGroupArn: arn:aws:logs:us-east-1:123456789012:log-group:trail\n      CloudWatchLogsRoleArn: arn:aws:iam::123456789012:role/trail\n',
);
