import { dedent, ruleTester } from '../rule-tester.js';

const trust = (principal: string, condition = ''): string =>
  dedent(`
    Resources:
      Role:
        Type: AWS::IAM::Role
        Properties:
          AssumeRolePolicyDocument:
            Statement:
              - Effect: Allow
                Principal: ${principal}
                Action: sts:AssumeRole${condition}
  `);

ruleTester('trust-any-principal', {
  valid: [
    { name: 'a service', code: trust('{ Service: lambda.amazonaws.com }') },
    { name: 'the own account', code: trust("{ AWS: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' }") },
    {
      name: 'a standalone trust policy for one account',
      code: '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/ci"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"x"}}}]}',
      file: 'trust.json',
    },
  ],
  invalid: [
    {
      name: 'Principal "*" without conditions is critical',
      code: trust("'*'"),
      errors: [{ line: 8, column: 24, severity: 'critical', resource: 'Role' }],
    },
    { name: '{AWS: "*"}', code: trust("{ AWS: '*' }"), errors: [{ line: 8, severity: 'critical' }] },
    {
      name: 'with a condition it is medium',
      code: trust(
        "{ AWS: '*' }",
        '\n                Condition:\n                  StringEquals: { aws:PrincipalOrgID: o-abc123 }',
      ),
      errors: [{ line: 8, severity: 'medium' }],
    },
    {
      name: 'in a standalone trust policy',
      code: '{"Statement":[\n{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}]}',
      file: 'trust.json',
      errors: [{ line: 2 }],
    },
  ],
});
