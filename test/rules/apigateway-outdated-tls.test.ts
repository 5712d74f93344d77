import { ruleTester } from '../rule-tester.js';

const domain = (policy?: string) =>
  `Resources:\n  Domain:\n    Type: AWS::ApiGateway::DomainName\n    Properties:\n      DomainName: api.example.com\n${policy ? `      SecurityPolicy: ${policy}\n` : ''}`;

ruleTester('apigateway-outdated-tls', {
  valid: [
    { name: 'TLS_1_2', code: domain('TLS_1_2') },
    {
      name: 'an HTTP API domain with TLS_1_2',
      code: 'Resources:\n  D:\n    Type: AWS::ApiGatewayV2::DomainName\n    Properties:\n      DomainName: a.example.com\n      DomainNameConfigurations:\n        - SecurityPolicy: TLS_1_2\n',
    },
  ],
  invalid: [
    {
      name: 'TLS_1_0',
      code: domain('TLS_1_0'),
      errors: [{ line: 6, column: 23, endLine: 6, endColumn: 30, severity: 'medium' }],
    },
    {
      name: 'not set',
      code: domain(),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 9, message: /not set, TLS_1_0/ }],
    },
  ],
});
