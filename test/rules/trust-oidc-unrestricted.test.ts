import { dedent, ruleTester } from '../rule-tester.js';

const github = (condition: string): string =>
  dedent(`
    Resources:
      Provider:
        Type: AWS::IAM::OIDCProvider
        Properties:
          Url: https://token.actions.githubusercontent.com
          ClientIdList: [sts.amazonaws.com]
      Role:
        Type: AWS::IAM::Role
        Properties:
          AssumeRolePolicyDocument:
            Statement:
              - Effect: Allow
                Principal:
                  Federated: !Sub arn:aws:iam::\${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com
                Action: sts:AssumeRoleWithWebIdentity
                Condition:
  ${condition}
  `);

ruleTester('trust-oidc-unrestricted', {
  valid: [
    {
      name: 'GitHub with aud and a sub that pins one repository',
      code: github(`
                  StringEquals:
                    token.actions.githubusercontent.com:aud: sts.amazonaws.com
                  StringLike:
                    token.actions.githubusercontent.com:sub: repo:my-org/my-repo:ref:refs/heads/main`),
    },
    {
      name: 'a SAML provider is not a web-identity trust',
      code: dedent(`
        {"Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::123456789012:saml-provider/okta"},"Action":"sts:AssumeRoleWithSAML"}]}
      `),
      file: 'trust.json',
    },
  ],
  invalid: [
    {
      name: 'GitHub with aud but a sub for a whole organisation',
      code: github(`
                  StringEquals:
                    token.actions.githubusercontent.com:aud: sts.amazonaws.com
                  StringLike:
                    token.actions.githubusercontent.com:sub: repo:my-org/*`),
      errors: [{ line: 14, column: 26, endLine: 14, endColumn: 111, severity: 'high', message: /pins one repository/ }],
    },
    {
      name: 'GitHub with no sub condition',
      code: github(`
                  StringEquals:
                    token.actions.githubusercontent.com:aud: sts.amazonaws.com`),
      errors: [{ line: 14, column: 26, endLine: 14, endColumn: 111, message: /lacks a sub condition/ }],
    },
    {
      name: 'an EKS provider with no conditions at all',
      code: '{"Statement":[{"Effect":"Allow",\n"Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC"},"Action":"sts:AssumeRoleWithWebIdentity"}]}',
      file: 'trust.json',
      errors: [{ line: 2, column: 26, endLine: 2, endColumn: 107, message: /aud .* and a sub condition/ }],
    },
  ],
});
