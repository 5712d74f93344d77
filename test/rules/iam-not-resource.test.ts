import { dedent, ruleTester } from '../rule-tester.js';

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
      errors: [{ line: 9, column: 26, severity: 'medium' }],
    },
  ],
});
