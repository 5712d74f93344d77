import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('apigateway-cache-unencrypted', {
  valid: [
    {
      name: 'caching with encryption, and a method that does not cache',
      code: dedent(`
        Resources:
          Prod:
            Type: AWS::ApiGateway::Stage
            Properties:
              MethodSettings:
                - {ResourcePath: /*, HttpMethod: '*', CachingEnabled: true, CacheDataEncrypted: true}
                - {ResourcePath: /health, HttpMethod: GET, CachingEnabled: false}
      `),
    },
  ],
  invalid: [
    {
      name: 'a stage method caching without encryption',
      code: dedent(`
        Resources:
          Prod:
            Type: AWS::ApiGateway::Stage
            Properties:
              MethodSettings:
                - ResourcePath: /*
                  HttpMethod: '*'
                  CachingEnabled: true
      `),
      errors: [
        {
          line: 8,
          column: 27,
          endLine: 8,
          endColumn: 31,
          severity: 'medium',
          message: /CacheDataEncrypted is not set/,
        },
      ],
    },
    {
      name: "a deployment's stage description with encryption false",
      code: dedent(`
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              StageDescription:
                CachingEnabled: true
                CacheDataEncrypted: false
      `),
      errors: [{ line: 7, column: 29, endLine: 7, endColumn: 34, message: /is false/ }],
    },
  ],
});
