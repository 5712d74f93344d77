import { dedent, ruleTester } from '../rule-tester.js';

const role = (arns: string): string =>
  dedent(`
    Resources:
      Role:
        Type: AWS::IAM::Role
        Properties:
          AssumeRolePolicyDocument:
            Statement:
              - Effect: Allow
                Principal: { Service: ec2.amazonaws.com }
                Action: sts:AssumeRole
          ManagedPolicyArns:
            ${arns}
  `);

ruleTester('iam-managed-admin-policy', {
  valid: [
    { name: 'a narrow AWS managed policy', code: role('- arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess') },
    {
      name: 'AdministratorAccess as a permissions boundary',
      code: dedent(`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { Service: ec2.amazonaws.com }
                    Action: sts:AssumeRole
              PermissionsBoundary: arn:aws:iam::aws:policy/AdministratorAccess
      `),
    },
  ],
  invalid: [
    {
      name: 'AdministratorAccess',
      code: role('- arn:aws:iam::aws:policy/AdministratorAccess'),
      errors: [{ line: 11, column: 11, endLine: 11, endColumn: 54, resource: 'Role' }],
    },
    {
      name: 'PowerUserAccess written with the partition pseudo parameter',
      code: role("- !Sub 'arn:${AWS::Partition}:iam::aws:policy/PowerUserAccess'"),
      errors: [{ line: 11, column: 11, endLine: 11, endColumn: 71, message: /PowerUserAccess/ }],
    },
    {
      name: 'IAMFullAccess on a user',
      code: dedent(`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              ManagedPolicyArns: [arn:aws:iam::aws:policy/IAMFullAccess]
      `),
      errors: [{ line: 5, column: 27, endLine: 5, endColumn: 64, resource: 'User' }],
    },
  ],
});
