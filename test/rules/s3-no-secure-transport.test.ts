import { dedent, ruleTester } from '../rule-tester.js';

const withPolicy = (condition: string, bucketRef = '!Ref Bucket') =>
  dedent(`
    Resources:
      Bucket:
        Type: AWS::S3::Bucket
        Properties:
          BucketName: my-bucket
      Policy:
        Type: AWS::S3::BucketPolicy
        Properties:
          Bucket: ${bucketRef}
          PolicyDocument:
            Statement:
              - Effect: Deny
                Principal: '*'
                Action: s3:*
                Resource: [!GetAtt Bucket.Arn, !Sub '\${Bucket.Arn}/*']
                Condition:
                  ${condition}
  `);

ruleTester('s3-no-secure-transport', {
  valid: [
    {
      name: 'a deny on aws:SecureTransport false, found by Ref',
      code: withPolicy("Bool: { aws:SecureTransport: 'false' }"),
    },
    { name: 'found by the bucket name', code: withPolicy('Bool: { aws:SecureTransport: false }', 'my-bucket') },
  ],
  invalid: [
    {
      name: 'no bucket policy',
      code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 9, severity: 'medium', message: /no bucket policy/ }],
    },
    {
      name: 'a policy that denies something else',
      code: withPolicy('StringNotEquals: { aws:SourceVpce: vpce-1 }'),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 9, message: /does not deny requests without TLS/ }],
    },
  ],
});
