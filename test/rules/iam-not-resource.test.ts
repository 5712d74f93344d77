import { dedent, ruleTester, jsonPolicy, span } from '../rule-tester.js';

ruleTester('iam-not-resource', {
  valid: [
    {
      name: 'Deny with NotResource',
      code: '{"Statement":[{"Effect":"Deny","Action":"s3:*","NotResource":"arn:aws:s3:::mine/*"}]}',
      file: 'p.json',
    },
    {
      name: 'Allow with Resource',
      code: '{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::mine/*"}]}',
      file: 'p.json',
    },
  ],
  invalid: [
    {
      name: 'Allow with NotResource',
      code: dedent(`
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: s3:GetObject
                    NotResource: arn:aws:s3:::secret/*
      `),
      errors: [{ line: 9, column: 26, endLine: 9, endColumn: 47, severity: 'medium' }],
    },
  ],
});

// Judged after the policy's explicit Denies (issue 22).
const notResource = jsonPolicy({ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' });
ruleTester('iam-not-resource', {
  valid: [
    {
      name: 'a Deny on "*" of the same action leaves nothing granted',
      file: 'p.json',
      code: jsonPolicy(
        { Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' },
        { Effect: 'Deny', Action: 's3:*', Resource: '*' },
      ),
    },
  ],
  invalid: [
    {
      name: 'NotResource in a policy file',
      file: 'p.json',
      code: notResource,
      errors: [{ ...span(notResource, 2, '"arn:aws:s3:::secret/*"'), severity: 'medium' }],
    },
  ],
});
