import { ruleTester } from '../rule-tester.js';

const bucket = (acl: string) =>
  `Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: ${acl}\n`;

ruleTester('s3-public-acl', {
  valid: [
    { name: 'private', code: bucket('Private') },
    { name: 'log delivery write (for access logs)', code: bucket('LogDeliveryWrite') },
  ],
  invalid: [
    {
      name: 'PublicRead is high',
      code: bucket('PublicRead'),
      errors: [{ line: 5, column: 22, endLine: 5, endColumn: 32, severity: 'high' }],
    },
    {
      name: 'AuthenticatedRead is high',
      code: bucket('AuthenticatedRead'),
      errors: [{ line: 5, column: 22, endLine: 5, endColumn: 39, severity: 'high', message: /any AWS account/ }],
    },
    {
      name: 'PublicReadWrite is critical',
      code: bucket('PublicReadWrite'),
      errors: [{ line: 5, column: 22, endLine: 5, endColumn: 37, severity: 'critical' }],
    },
  ],
});
