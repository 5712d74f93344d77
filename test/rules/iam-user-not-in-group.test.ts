import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('iam-user-not-in-group', {
  valid: [
    {
      name: 'a user with Groups',
      code: dedent(`
        Resources:
          Developers:
            Type: AWS::IAM::Group
          Alice:
            Type: AWS::IAM::User
            Properties:
              Groups: [!Ref Developers]
      `),
    },
    {
      name: 'a user added by a UserToGroupAddition naming it by Ref',
      code: dedent(`
        Resources:
          Alice:
            Type: AWS::IAM::User
          Membership:
            Type: AWS::IAM::UserToGroupAddition
            Properties:
              GroupName: developers
              Users: [!Ref Alice]
      `),
    },
    {
      name: 'a user added by its UserName',
      code: dedent(`
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              UserName: alice
          Membership:
            Type: AWS::IAM::UserToGroupAddition
            Properties:
              GroupName: developers
              Users: [alice]
      `),
    },
    {
      name: 'Groups from a list parameter without a default (not known, so not guessed)',
      code: dedent(`
        Parameters:
          UserGroups:
            Type: CommaDelimitedList
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              Groups: !Ref UserGroups
      `),
    },
    {
      name: 'an addition whose user list is not known',
      code: dedent(`
        Parameters:
          Members:
            Type: CommaDelimitedList
        Resources:
          Alice:
            Type: AWS::IAM::User
          Membership:
            Type: AWS::IAM::UserToGroupAddition
            Properties:
              GroupName: developers
              Users: !Ref Members
      `),
    },
  ],
  invalid: [
    {
      name: 'a user with no Groups',
      code: dedent(`
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              UserName: alice
      `),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 8, severity: 'low', resource: 'Alice' }],
    },
    {
      name: 'an empty Groups list, and an addition for another user',
      code: dedent(`
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              Groups: []
          Bob:
            Type: AWS::IAM::User
          Membership:
            Type: AWS::IAM::UserToGroupAddition
            Properties:
              GroupName: developers
              Users: [!Ref Bob]
      `),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 8, resource: 'Alice', message: /no Groups/ }],
    },
  ],
});
