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
      name: 'a deployment taken over by a stage that logs',
      code: dedent(`
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: api
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api
              StageName: prod
              DeploymentId: !Ref Deployment
              AccessLogSetting:
                DestinationArn: !GetAtt ApiLogs.Arn
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
      errors: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 8,
          severity: 'low',
          resource: 'Stage',
          message: /AccessLogSetting/,
        },
      ],
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
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 12, message: /AccessLogSettings/ }],
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
      errors: [{ line: 7, column: 7, endLine: 7, endColumn: 23, resource: 'Deployment' }],
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
      errors: [{ line: 6, column: 7, endLine: 6, endColumn: 16, message: /no AWS::ApiGateway::Stage takes it over/ }],
    },
    {
      // cfn_nag W69: a deployment with no StageDescription that no Stage resource takes over.
      name: 'a deployment with no properties and no stage naming it',
      code: dedent(`
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
          Other:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api
              DeploymentId: !Ref OtherDeployment
              AccessLogSetting:
                DestinationArn: !GetAtt ApiLogs.Arn
      `),
      errors: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 13,
          resource: 'Deployment',
          message: /no AWS::ApiGateway::Stage takes it over/,
        },
      ],
    },
    {
      name: 'a deployment whose StageDescription has no AccessLogSetting, with no StageName',
      code: dedent(`
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: api
              StageDescription:
                CacheClusterEnabled: true
      `),
      errors: [{ line: 6, column: 7, endLine: 6, endColumn: 23, resource: 'Deployment' }],
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
        { line: 3, column: 3, endLine: 3, endColumn: 7, resource: 'Rest' },
        { line: 7, column: 3, endLine: 7, endColumn: 7, resource: 'Http' },
      ],
    },
  ],
});
