import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('policy-not-principal', {
  valid: [
    {
      name: 'a Deny with NotPrincipal',
      code: dedent(`
        Resources:
          BucketPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: b
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    NotPrincipal: { AWS: arn:aws:iam::123456789012:role/admin }
                    Action: s3:DeleteBucket
                    Resource: arn:aws:s3:::b
      `),
    },
  ],
  invalid: [
    {
      name: 'an Allow with NotPrincipal in a bucket policy',
      code: dedent(`
        Resources:
          BucketPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: b
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    NotPrincipal: { AWS: arn:aws:iam::123456789012:role/x }
                    Action: s3:GetObject
                    Resource: arn:aws:s3:::b/*
      `),
      errors: [{ line: 9, column: 27, endLine: 9, endColumn: 68, severity: 'high', resource: 'BucketPolicy' }],
    },
    {
      name: 'in a trust policy',
      code: '{"Statement":[{"Effect":"Allow",\n"NotPrincipal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}',
      file: 'trust.json',
      errors: [{ line: 2, column: 16, endLine: 2, endColumn: 56 }],
    },
  ],
});
