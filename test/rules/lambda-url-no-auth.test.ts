import { ruleTester } from '../rule-tester.js';

ruleTester('lambda-url-no-auth', {
  valid: [
    {
      name: 'IAM auth',
      code: 'Resources:\n  Url:\n    Type: AWS::Lambda::Url\n    Properties:\n      TargetFunctionArn: arn:aws:lambda:us-east-1:123456789012:function:f\n      AuthType: AWS_IAM\n',
    },
  ],
  invalid: [
    {
      name: 'a function URL with NONE',
      code: 'Resources:\n  Url:\n    Type: AWS::Lambda::Url\n    Properties:\n      TargetFunctionArn: arn:aws:lambda:us-east-1:123456789012:function:f\n      AuthType: NONE\n',
      errors: [{ line: 6, column: 17, endLine: 6, endColumn: 21, severity: 'high' }],
    },
    {
      name: 'a SAM function URL with NONE',
      code: 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      FunctionUrlConfig:\n        AuthType: NONE\n',
      errors: [{ line: 7, column: 19, endLine: 7, endColumn: 23 }],
    },
  ],
});
