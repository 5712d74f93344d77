import { dedent, ruleTester, jsonPolicy, span } from '../rule-tester.js';

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
      errors: [{ line: 8, column: 24, endLine: 8, endColumn: 27, severity: 'critical', resource: 'Role' }],
    },
    {
      name: '{AWS: "*"}',
      code: trust("{ AWS: '*' }"),
      errors: [{ line: 8, column: 31, endLine: 8, endColumn: 34, severity: 'critical' }],
    },
    {
      name: 'with a condition it is medium',
      code: trust(
        "{ AWS: '*' }",
        '\n                Condition:\n                  StringEquals: { aws:PrincipalOrgID: o-abc123 }',
      ),
      errors: [{ line: 8, column: 31, endLine: 8, endColumn: 34, severity: 'medium' }],
    },
    {
      name: 'in a standalone trust policy',
      code: '{"Statement":[\n{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}]}',
      file: 'trust.json',
      errors: [{ line: 2, column: 31, endLine: 2, endColumn: 34 }],
    },
  ],
});

// Conditions read as AWS evaluates them (issue 22): only a condition that pins the caller to one
// party lowers the severity.
const assume = (condition: object) =>
  jsonPolicy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: condition });
const ifExists = assume({ StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } });
const forAll = assume({ 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } });
const anyAccount = assume({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/Admin' } });
const transport = assume({ Bool: { 'aws:SecureTransport': 'true' } });
const anyValue = assume({ 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } });
ruleTester('trust-any-principal', {
  valid: [
    {
      name: 'a named account',
      file: 'trust.json',
      code: jsonPolicy({ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }),
    },
    {
      name: '"*" that a Deny without a condition takes away',
      file: 'trust.json',
      code: jsonPolicy(
        { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' },
        { Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' },
      ),
    },
  ],
  invalid: [
    {
      name: 'StringEqualsIfExists is critical',
      file: 'trust.json',
      code: ifExists,
      errors: [{ ...span(ifExists, 2, '"*"'), severity: 'critical', message: /lacks the key/ }],
    },
    {
      name: 'ForAllValues on the organization id is critical',
      file: 'trust.json',
      code: forAll,
      errors: [{ ...span(forAll, 2, '"*"'), severity: 'critical' }],
    },
    {
      name: 'a wildcard account in aws:PrincipalArn is critical',
      file: 'trust.json',
      code: anyAccount,
      errors: [{ ...span(anyAccount, 2, '"*"'), severity: 'critical' }],
    },
    {
      name: 'a condition on the transport, not the caller, is critical',
      file: 'trust.json',
      code: transport,
      errors: [{ ...span(transport, 2, '"*"'), severity: 'critical', message: /does not identify the caller/ }],
    },
    {
      name: 'ForAnyValue on the organization id is medium',
      file: 'trust.json',
      code: anyValue,
      errors: [{ ...span(anyValue, 2, '"*"'), severity: 'medium' }],
    },
  ],
});
