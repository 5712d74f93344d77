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

const layer = (lines: string): string =>
  dedent(`
    Resources:
      LayerPermission:
        Type: AWS::Lambda::LayerVersionPermission
        Properties:
          LayerVersionArn: arn:aws:lambda:us-east-1:111122223333:layer:shared:3
          Action: lambda:GetLayerVersion
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
    {
      name: 'S3 with an unknown SourceArn and a SourceAccount',
      code: permission(
        '          Principal: s3.amazonaws.com\n          SourceArn: !GetAtt Bucket.Arn\n          SourceAccount: !Ref AWS::AccountId',
      ),
    },
    {
      name: 'S3 with SourceAccount only',
      code: permission('          Principal: s3.amazonaws.com\n          SourceAccount: !Ref AWS::AccountId'),
    },
    {
      name: 'SNS with SourceArn (a topic ARN names its account)',
      code: permission(
        '          Principal: sns.amazonaws.com\n          SourceArn: arn:aws:sns:us-east-1:111122223333:t',
      ),
    },
    { name: 'another account', code: permission("          Principal: '111122223333'") },
    {
      name: '"*" within the organisation',
      code: permission("          Principal: '*'\n          PrincipalOrgID: o-abc123"),
    },
    { name: 'a layer shared with one account', code: layer("          Principal: '111122223333'") },
    {
      name: 'a layer shared with "*" in one organisation',
      code: layer("          Principal: '*'\n          OrganizationId: o-abc123"),
    },
  ],
  invalid: [
    {
      name: 'Principal "*"',
      code: permission("          Principal: '*'"),
      errors: [{ line: 9, column: 18, endLine: 9, endColumn: 21, severity: 'high', resource: 'Permission' }],
    },
    {
      name: 'a service without SourceArn or SourceAccount',
      code: permission('          Principal: sns.amazonaws.com'),
      errors: [
        {
          line: 9,
          column: 18,
          endLine: 9,
          endColumn: 35,
          severity: 'high',
          message: /sns.amazonaws.com .* without SourceArn/,
        },
      ],
    },
    {
      // A bucket ARN has no account field: a deleted bucket's name can be registered by anyone.
      name: 'S3 with SourceArn but no SourceAccount is medium',
      code: permission('          Principal: s3.amazonaws.com\n          SourceArn: arn:aws:s3:::uploads'),
      errors: [{ line: 9, column: 18, endLine: 9, endColumn: 34, severity: 'medium', message: /no SourceAccount/ }],
    },
    {
      // The bucket's ARN is unknown offline; that SourceArn is set without SourceAccount is enough.
      name: 'S3 with a SourceArn built from an unknown bucket name, no SourceAccount',
      code: dedent(`
        Parameters:
          Bucket: {Type: String}
        Resources:
          Fn:
            Type: AWS::Lambda::Function
          Permission:
            Type: AWS::Lambda::Permission
            Properties:
              FunctionName: !Ref Fn
              Action: lambda:InvokeFunction
              Principal: s3.amazonaws.com
              SourceArn: !Sub arn:aws:s3:::\${Bucket}
      `),
      errors: [{ line: 11, column: 18, endLine: 11, endColumn: 34, severity: 'medium', message: /no SourceAccount/ }],
    },
    {
      name: 'a layer version shared with every account',
      code: layer("          Principal: '*'"),
      errors: [
        {
          line: 7,
          column: 18,
          endLine: 7,
          endColumn: 21,
          severity: 'high',
          resource: 'LayerPermission',
          message: /no OrganizationId/,
        },
      ],
    },
  ],
});

// lambda:FunctionUrlAuthType pins the caller only when it requires signed requests (issue 22).
ruleTester('lambda-permission-public', {
  valid: [
    {
      name: 'a function URL permission for "*" with AWS_IAM auth',
      code: permission("          Principal: '*'\n          FunctionUrlAuthType: AWS_IAM").replace(
        'Action: lambda:InvokeFunction',
        'Action: lambda:InvokeFunctionUrl',
      ),
    },
  ],
  invalid: [
    {
      name: 'a function URL permission for "*" with auth NONE is open to anyone',
      code: permission("          Principal: '*'\n          FunctionUrlAuthType: NONE").replace(
        'Action: lambda:InvokeFunction',
        'Action: lambda:InvokeFunctionUrl',
      ),
      errors: [{ line: 9, column: 18, endLine: 9, endColumn: 21, severity: 'high' }],
    },
  ],
});
