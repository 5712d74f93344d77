import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('iam-user-login-profile', {
  valid: [
    {
      name: 'a user without a console password',
      code: dedent(`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              UserName: ci
      `),
    },
  ],
  invalid: [
    {
      name: 'a password from a NoEcho parameter without default is medium',
      code: dedent(`
        Parameters:
          Password:
            Type: String
            NoEcho: true
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: !Ref Password
                PasswordResetRequired: true
      `),
      errors: [{ line: 9, column: 7, endLine: 9, endColumn: 19, severity: 'medium' }],
    },
    {
      name: 'a literal password is high',
      code: dedent(`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: Summer2026!
      `),
      errors: [{ line: 6, column: 19, endLine: 6, endColumn: 30, severity: 'high' }],
    },
    {
      name: 'a defaulted parameter is high',
      code: dedent(`
        Parameters:
          Password:
            Type: String
            Default: changeme123
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: !Ref Password
      `),
      errors: [{ line: 10, column: 19, endLine: 10, endColumn: 32, severity: 'high' }],
    },
  ],
});
