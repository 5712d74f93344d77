import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('iam-user-access-key', {
  valid: [
    {
      name: 'a user without keys',
      code: dedent(`
        Resources:
          User:
            Type: AWS::IAM::User
      `),
    },
    {
      name: 'a key whose Condition is false is never created',
      code: dedent(`
        Conditions:
          Never: !Equals [a, b]
        Resources:
          Key:
            Type: AWS::IAM::AccessKey
            Condition: Never
            Properties:
              UserName: ci
      `),
    },
  ],
  invalid: [
    {
      name: 'an access key',
      code: dedent(`
        Resources:
          User:
            Type: AWS::IAM::User
          Key:
            Type: AWS::IAM::AccessKey
            Properties:
              UserName: !Ref User
      `),
      errors: [{ line: 4, column: 3, endLine: 4, endColumn: 6, severity: 'high', resource: 'Key' }],
    },
  ],
});
