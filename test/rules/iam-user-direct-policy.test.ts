import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('iam-user-direct-policy', {
  valid: [
    {
      name: 'a user in a group, the policy on the group',
      code: dedent(`
        Resources:
          Group:
            Type: AWS::IAM::Group
            Properties:
              ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
          User:
            Type: AWS::IAM::User
            Properties:
              Groups: [!Ref Group]
      `),
    },
    {
      name: 'a policy attached to roles',
      code: dedent(`
        Resources:
          Policy:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: p
              Roles: [app]
              PolicyDocument: { Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: '*' }] }
      `),
    },
  ],
  invalid: [
    {
      name: 'inline and managed policies on a user, and a policy naming users',
      code: dedent(`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: p
                  PolicyDocument: { Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: '*' }] }
              ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
          Policy:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: p
              Users: [!Ref User]
              PolicyDocument: { Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: '*' }] }
      `),
      errors: [
        { line: 5, column: 7, endLine: 5, endColumn: 15, resource: 'User', message: /\(Policies\)/ },
        { line: 8, column: 7, endLine: 8, endColumn: 24, resource: 'User', message: /ManagedPolicyArns/ },
        { line: 13, column: 7, endLine: 13, endColumn: 12, resource: 'Policy' },
      ],
    },
  ],
});
