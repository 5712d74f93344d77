import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('suppression-without-reason', {
  valid: [
    {
      name: 'a comment with a reason',
      code: dedent(`
        Resources:
          # policygate-ignore iam-user-access-key -- legacy CI user, removed in Q1
          Key:
            Type: AWS::IAM::AccessKey
      `),
    },
    {
      name: 'a peer suppression of a check PolicyGate does not have',
      code: dedent(`
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Metadata:
              cfn_nag:
                rules_to_suppress:
                  - id: W9999
      `),
    },
  ],
  invalid: [
    {
      name: 'a comment without a reason',
      code: dedent(`
        Resources:
          Key:  # policygate-ignore iam-user-access-key
            Type: AWS::IAM::AccessKey
      `),
      errors: [
        {
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 48,
          severity: 'low',
          message: /iam-user-access-key \(comment\) gives no reason/,
        },
      ],
    },
    {
      name: "Metadata without a reason, ours and a peer's",
      code: dedent(`
        Resources:
          Key:
            Type: AWS::IAM::AccessKey
            Metadata:
              policygate:
                ignore:
                  - rule: iam-user-access-key
          Role:
            Type: AWS::IAM::Role
            Metadata:
              checkov:
                skip:
                  - id: CKV_AWS_60
            Properties:
              AssumeRolePolicyDocument:
                Statement: [{ Effect: Allow, Principal: '*', Action: sts:AssumeRole }]
      `),
      errors: [
        { line: 7, column: 13, endLine: 7, endColumn: 38, resource: null, message: /Metadata of Key/ },
        { line: 13, column: 13, endLine: 13, endColumn: 27, message: /checkov CKV_AWS_60/ },
      ],
    },
  ],
});
