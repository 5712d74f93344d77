import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('audit-logging-disabled', {
  valid: [
    {
      name: 'Redshift with LoggingProperties',
      code: dedent(`
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              LoggingProperties:
                BucketName: audit-logs
      `),
    },
    {
      name: 'DocumentDB exporting audit, with audit_logs enabled',
      code: dedent(`
        Resources:
          Docs:
            Type: AWS::DocDB::DBCluster
            Properties:
              EnableCloudwatchLogsExports: [audit, profiler]
          Params:
            Type: AWS::DocDB::DBClusterParameterGroup
            Properties:
              Family: docdb5.0
              Description: audit on
              Parameters:
                audit_logs: enabled
      `),
    },
    {
      name: 'an OpenSearch domain publishing audit logs',
      code: dedent(`
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              LogPublishingOptions:
                AUDIT_LOGS:
                  Enabled: true
                  CloudWatchLogsLogGroupArn: !GetAtt AuditLogs.Arn
      `),
    },
    {
      name: 'MSK with one broker log destination',
      code: dedent(`
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              LoggingInfo:
                BrokerLogs:
                  CloudWatchLogs:
                    Enabled: false
                  S3:
                    Enabled: true
                    Bucket: broker-logs
      `),
    },
    {
      name: 'a RabbitMQ broker (audit logs exist for ActiveMQ only)',
      code: dedent(`
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              EngineType: RABBITMQ
      `),
    },
    {
      name: 'AppSync with a LogConfig, field-level logging NONE',
      code: dedent(`
        Resources:
          Graph:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: graph
              AuthenticationType: AWS_IAM
              LogConfig:
                CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/appsync-logs
                FieldLogLevel: NONE
      `),
    },
  ],
  invalid: [
    {
      name: 'Redshift without LoggingProperties',
      code: dedent(`
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
      `),
      errors: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 12,
          severity: 'low',
          resource: 'Warehouse',
          message: /LoggingProperties/,
        },
      ],
    },
    {
      name: 'DocumentDB exporting only the profiler log',
      code: dedent(`
        Resources:
          Docs:
            Type: AWS::DocDB::DBCluster
            Properties:
              EnableCloudwatchLogsExports: [profiler]
      `),
      errors: [{ line: 5, column: 36, endLine: 5, endColumn: 46, message: /no "audit"/ }],
    },
    {
      name: 'a DocumentDB parameter group without audit_logs (disabled by default)',
      code: dedent(`
        Resources:
          Params:
            Type: AWS::DocDB::DBClusterParameterGroup
            Properties:
              Family: docdb5.0
              Description: tls only
              Parameters:
                tls: enabled
      `),
      errors: [{ line: 7, column: 7, endLine: 7, endColumn: 17, message: /disabled by default/ }],
    },
    {
      name: 'a Neptune cluster exporting nothing',
      code: dedent(`
        Resources:
          Graph:
            Type: AWS::Neptune::DBCluster
            Properties:
              StorageEncrypted: true
      `),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 8, resource: 'Graph' }],
    },
    {
      name: 'an Elasticsearch domain with AUDIT_LOGS disabled',
      code: dedent(`
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              LogPublishingOptions:
                AUDIT_LOGS:
                  Enabled: false
      `),
      errors: [{ line: 7, column: 20, endLine: 7, endColumn: 25, message: /is false/ }],
    },
    {
      name: 'MSK without LoggingInfo',
      code: dedent(`
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              ClusterName: events
      `),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 8, message: /BrokerLogs/ }],
    },
    {
      name: 'an ActiveMQ broker with Logs.Audit false',
      code: dedent(`
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              EngineType: ActiveMQ
              Logs:
                Audit: false
      `),
      errors: [{ line: 7, column: 16, endLine: 7, endColumn: 21, resource: 'Broker' }],
    },
    {
      name: 'AppSync without LogConfig',
      code: dedent(`
        Resources:
          Graph:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: graph
              AuthenticationType: AWS_IAM
      `),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 8, message: /no LogConfig/ }],
    },
  ],
});
