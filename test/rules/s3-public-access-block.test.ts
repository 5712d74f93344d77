import { dedent, ruleTester } from '../rule-tester.js';

const bucket = (block: string): string =>
  dedent(`
    Resources:
      Bucket:
        Type: AWS::S3::Bucket
        Properties:
          PublicAccessBlockConfiguration:
${block}
  `);

ruleTester('s3-public-access-block', {
  valid: [
    { name: 'no block at all (the secure default)', code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n' },
    {
      name: 'all four settings on',
      code: bucket(
        '            BlockPublicAcls: true\n            BlockPublicPolicy: true\n            IgnorePublicAcls: true\n            RestrictPublicBuckets: true',
      ),
    },
  ],
  invalid: [
    {
      name: 'one setting off, at its line',
      code: bucket(
        '            BlockPublicAcls: true\n            BlockPublicPolicy: false\n            IgnorePublicAcls: true\n            RestrictPublicBuckets: true',
      ),
      errors: [
        { line: 7, column: 9, endLine: 7, endColumn: 26, severity: 'high', message: /BlockPublicPolicy is not true/ },
      ],
    },
    {
      name: 'settings left out of a written block',
      code: bucket('            BlockPublicAcls: true'),
      errors: [
        {
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 37,
          message: /BlockPublicPolicy, IgnorePublicAcls, RestrictPublicBuckets are not true/,
        },
      ],
    },
  ],
});
