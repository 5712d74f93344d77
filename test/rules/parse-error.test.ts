import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('parse-error', {
  valid: [
    {
      name: 'a valid template',
      code: dedent(`
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
      `),
    },
    {
      name: 'a malformed policy (a Statement that is a string, Action with NotAction) is policy-invalid',
      code: dedent(`
        Resources:
          A:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement: "Allow everything"
          B:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: s3:GetObject
                    NotAction: s3:PutObject
                    Resource: '*'
      `),
    },
  ],
  invalid: [
    {
      name: 'broken YAML, at the line of the error',
      code: dedent(`
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
           Properties: {}
      `),
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 2, severity: 'high' }],
    },
    {
      name: 'broken JSON',
      file: 't.json',
      code: '{\n  "Resources": {\n    "B": {"Type": "AWS::S3::Bucket",}\n  }\n}\n',
      errors: [{ line: 3, column: 37, endLine: 3, endColumn: 38 }],
    },
    {
      name: 'Resources is a list',
      code: dedent(`
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          - Bucket:
              Type: AWS::S3::Bucket
      `),
      errors: [{ line: 3, column: 3, endLine: 4, endColumn: 28, message: /Resources must be a mapping/ }],
    },
    {
      name: 'a duplicate key',
      code: dedent(`
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
          Bucket:
            Type: AWS::S3::Bucket
      `),
      errors: [{ line: 4, column: 3, endLine: 4, endColumn: 4 }],
    },
  ],
});
