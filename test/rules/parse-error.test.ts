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
      errors: [{ line: 5, severity: 'high' }],
    },
    {
      name: 'broken JSON',
      file: 't.json',
      code: '{\n  "Resources": {\n    "B": {"Type": "AWS::S3::Bucket",}\n  }\n}\n',
      errors: [{ line: 3 }],
    },
    {
      name: 'Resources is a list',
      code: dedent(`
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          - Bucket:
              Type: AWS::S3::Bucket
      `),
      errors: [{ line: 3, message: /Resources must be a mapping/ }],
    },
    {
      name: 'a Statement that is a string, and Action with NotAction',
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
      errors: [
        { line: 6, resource: 'A', message: /not a string/ },
        { line: 14, resource: 'B', message: /Action or NotAction, not both/ },
      ],
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
      errors: [{ line: 4 }],
    },
  ],
});
