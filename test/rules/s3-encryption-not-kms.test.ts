import { dedent, ruleTester } from '../rule-tester.js';

const bucket = (algo: string) =>
  dedent(`
    Resources:
      Bucket:
        Type: AWS::S3::Bucket
        Properties:
          BucketEncryption:
            ServerSideEncryptionConfiguration:
              - ServerSideEncryptionByDefault:
                  SSEAlgorithm: ${algo}
  `);

ruleTester('s3-encryption-not-kms', {
  valid: [
    { name: 'aws:kms', code: bucket('aws:kms') },
    { name: 'dual-layer KMS', code: bucket('aws:kms:dsse') },
  ],
  invalid: [
    {
      name: 'AES256 (S3-managed keys)',
      code: bucket('AES256'),
      errors: [{ line: 5, column: 7, severity: 'low', message: /S3-managed keys \(AES256\)/ }],
    },
    {
      name: 'no encryption set',
      code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n',
      errors: [{ line: 2, column: 3 }],
    },
  ],
});
