import { ruleTester } from '../rule-tester.js';

ruleTester('s3-no-access-logging', {
  valid: [
    {
      name: 'a bucket logging to a log bucket (which is not flagged itself)',
      code: 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LoggingConfiguration:\n        DestinationBucketName: !Ref Logs\n        LogFilePrefix: data/\n',
    },
  ],
  invalid: [
    {
      name: 'no logging',
      code: 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 7, severity: 'low' }],
    },
  ],
});
