import { dedent, ruleTester } from '../rule-tester.js';

const permission = (action: string): string =>
  dedent(`
    Resources:
      Permission:
        Type: AWS::Lambda::Permission
        Properties:
          FunctionName: my-function
          Principal: sns.amazonaws.com
          SourceArn: arn:aws:sns:us-east-1:111122223333:topic
          Action: ${action}
  `);

ruleTester('lambda-permission-broad-action', {
  valid: [
    { name: 'lambda:InvokeFunction', code: permission('lambda:InvokeFunction') },
    { name: 'lambda:InvokeFunctionUrl, any case', code: permission('Lambda:invokeFunctionUrl') },
    {
      name: 'an action behind a parameter without a default (not known)',
      code: dedent(`
        Parameters:
          Action:
            Type: String
        Resources:
          Permission:
            Type: AWS::Lambda::Permission
            Properties:
              FunctionName: my-function
              Principal: sns.amazonaws.com
              Action: !Ref Action
      `),
    },
  ],
  invalid: [
    {
      name: 'lambda:*',
      code: permission("'lambda:*'"),
      errors: [
        {
          line: 8,
          column: 15,
          endLine: 8,
          endColumn: 25,
          severity: 'medium',
          resource: 'Permission',
          message: /lambda:\*/,
        },
      ],
    },
    {
      name: 'a management action',
      code: permission('lambda:GetFunction'),
      errors: [{ line: 8, column: 15, endLine: 8, endColumn: 33, message: /lambda:GetFunction/ }],
    },
  ],
});
