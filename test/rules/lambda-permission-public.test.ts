import { dedent, ruleTester } from '../rule-tester.js';

const permission = (lines: string): string =>
  dedent(`
    Resources:
      Fn:
        Type: AWS::Lambda::Function
      Permission:
        Type: AWS::Lambda::Permission
        Properties:
          FunctionName: !Ref Fn
          Action: lambda:InvokeFunction
${lines}
  `);

ruleTester('lambda-permission-public', {
  valid: [
    {
      name: 'S3 with SourceArn and SourceAccount',
      code: permission(
        '          Principal: s3.amazonaws.com\n          SourceArn: arn:aws:s3:::bucket\n          SourceAccount: !Ref AWS::AccountId',
      ),
    },
    { name: 'another account', code: permission("          Principal: '111122223333'") },
    {
      name: '"*" within the organisation',
      code: permission("          Principal: '*'\n          PrincipalOrgID: o-abc123"),
    },
  ],
  invalid: [
    {
      name: 'Principal "*"',
      code: permission("          Principal: '*'"),
      errors: [{ line: 9, column: 18, severity: 'high', resource: 'Permission' }],
    },
    {
      name: 'a service without SourceArn or SourceAccount',
      code: permission('          Principal: sns.amazonaws.com'),
      errors: [{ line: 9, message: /sns.amazonaws.com .* without SourceArn/ }],
    },
  ],
});
