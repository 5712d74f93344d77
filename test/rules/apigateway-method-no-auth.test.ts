import { dedent, ruleTester } from '../rule-tester.js';

const method = (lines: string): string =>
  dedent(`
    Resources:
      Method:
        Type: AWS::ApiGateway::Method
        Properties:
          RestApiId: api
          ResourceId: res
${lines}
  `);

ruleTester('apigateway-method-no-auth', {
  valid: [
    { name: 'AWS_IAM', code: method('          HttpMethod: GET\n          AuthorizationType: AWS_IAM') },
    {
      name: 'a Cognito authorizer',
      code: method(
        '          HttpMethod: POST\n          AuthorizationType: COGNITO_USER_POOLS\n          AuthorizerId: auth',
      ),
    },
    {
      name: 'OPTIONS for CORS preflight',
      code: method('          HttpMethod: OPTIONS\n          AuthorizationType: NONE'),
    },
    {
      name: 'NONE with an API key required',
      code: method('          HttpMethod: GET\n          AuthorizationType: NONE\n          ApiKeyRequired: true'),
    },
    {
      name: 'an authorization type behind a parameter without a default (not known)',
      code: dedent(`
        Parameters:
          Auth:
            Type: String
        Resources:
          Method:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: api
              ResourceId: res
              HttpMethod: GET
              AuthorizationType: !Ref Auth
      `),
    },
  ],
  invalid: [
    {
      name: 'GET with NONE',
      code: method('          HttpMethod: GET\n          AuthorizationType: NONE'),
      errors: [
        { line: 8, column: 26, endLine: 8, endColumn: 30, severity: 'medium', resource: 'Method', message: /\(GET\)/ },
      ],
    },
    {
      name: 'NONE with ApiKeyRequired false',
      code: method('          HttpMethod: post\n          AuthorizationType: NONE\n          ApiKeyRequired: false'),
      errors: [{ line: 8, column: 26, endLine: 8, endColumn: 30, message: /\(POST\)/ }],
    },
    {
      // AuthorizationType is case-insensitive, and a method without HttpMethod is no OPTIONS method.
      name: 'lower-case none and no HttpMethod',
      code: method('          AuthorizationType: none'),
      errors: [{ line: 7, column: 26, endLine: 7, endColumn: 30, message: /\(no HttpMethod\)/ }],
    },
    {
      name: 'NONE from a parameter default',
      code: dedent(`
        Parameters:
          Auth:
            Type: String
            Default: NONE
        Resources:
          Method:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: api
              ResourceId: res
              HttpMethod: ANY
              AuthorizationType: !Ref Auth
      `),
      errors: [{ line: 12, column: 26, endLine: 12, endColumn: 35 }],
    },
  ],
});
