import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('suppression-unused', {
  valid: [
    {
      name: 'a comment that suppresses a finding on the next line',
      code: dedent(`
        Resources:
          # policygate-ignore iam-user-access-key -- legacy CI user
          Key:
            Type: AWS::IAM::AccessKey
      `),
    },
  ],
  invalid: [
    {
      name: 'a comment for a rule that does not fire there',
      code: dedent(`
        Resources:
          # policygate-ignore iam-admin-access -- was an admin policy once
          Bucket:
            Type: AWS::S3::Bucket
      `),
      errors: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 67,
          severity: 'info',
          message: /iam-admin-access \(comment\) matches no finding/,
        },
      ],
    },
    {
      name: 'Metadata naming a rule the resource does not break',
      code: dedent(`
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Metadata:
              policygate:
                ignore:
                  - rule: iam-user-access-key
                    reason: copied from another resource
      `),
      errors: [{ line: 7, column: 13, endLine: 8, endColumn: 49 }],
    },
  ],
});
