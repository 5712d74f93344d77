import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('apigateway-no-access-logging', {
  valid: [
    {
      name: 'a REST stage with AccessLogSetting',
      code: dedent(`
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api
              AccessLogSetting:
                DestinationArn: !GetAtt ApiLogs.Arn
                Format: '$context.requestId'
      `),
    },
    {
      name: 'a deployment that creates no stage',
      code: dedent(`
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: api
      `),
    },
    {
      name: 'SAM Api and HttpApi logging set in Globals',
      code: dedent(`
        Transform: AWS::Serverless-2016-10-31
        Globals:
          Api:
            AccessLogSetting:
              DestinationArn: arn:aws:logs:us-east-1:111122223333:log-group:rest
          HttpApi:
            AccessLogSettings:
              DestinationArn: arn:aws:logs:us-east-1:111122223333:log-group:http
        Resources:
          Rest:
            Type: AWS::Serverless::Api
            Properties:
              StageName: prod
          Http:
            Type: AWS::Serverless::HttpApi
      `),
    },
  ],
  invalid: [
    {
      name: 'a REST stage without AccessLogSetting',
      code: dedent(`
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api
              StageName: prod
      `),
      errors: [{ line: 2, column: 3, severity: 'low', resource: 'Stage', message: /AccessLogSetting/ }],
    },
    {
      name: 'an HTTP API stage without AccessLogSettings',
      code: dedent(`
        Resources:
          HttpStage:
            Type: AWS::ApiGatewayV2::Stage
            Properties:
              ApiId: api
              StageName: $default
      `),
      errors: [{ line: 2, column: 3, message: /AccessLogSettings/ }],
    },
    {
      name: 'a deployment whose StageDescription has no AccessLogSetting',
      code: dedent(`
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: api
              StageName: prod
              StageDescription:
                MetricsEnabled: true
      `),
      errors: [{ line: 7, column: 7, resource: 'Deployment' }],
    },
    {
      name: 'a deployment that creates a stage with no StageDescription',
      code: dedent(`
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: api
              StageName: prod
      `),
      errors: [{ line: 6, column: 7, message: /creates a stage/ }],
    },
    {
      name: 'SAM Api and HttpApi without logging',
      code: dedent(`
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Rest:
            Type: AWS::Serverless::Api
            Properties:
              StageName: prod
          Http:
            Type: AWS::Serverless::HttpApi
      `),
      errors: [
        { line: 3, column: 3, resource: 'Rest' },
        { line: 7, column: 3, resource: 'Http' },
      ],
    },
  ],
});
