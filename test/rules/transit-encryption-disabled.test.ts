import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('transit-encryption-disabled', {
  valid: [
    {
      name: 'every service encrypting in transit; MSK defaults; a Redshift group requiring SSL',
      code: dedent(`
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              TransitEncryptionEnabled: true
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              DomainEndpointOptions: {EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07}
              NodeToNodeEncryptionOptions: {Enabled: true}
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              ClusterName: events
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              Volumes:
                - Name: data
                  EFSVolumeConfiguration: {FilesystemId: fs-1, TransitEncryption: ENABLED}
                - Name: scratch
          DocParams:
            Type: AWS::DocDB::DBClusterParameterGroup
            Properties:
              Family: docdb5.0
              Parameters: {tls: enabled}
          RsParams:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              Parameters:
                - {ParameterName: require_ssl, ParameterValue: "true"}
          Job:
            Type: AWS::SageMaker::ModelQualityJobDefinition
            Properties:
              NetworkConfig: {EnableInterContainerTrafficEncryption: true}
      `),
    },
  ],
  invalid: [
    {
      name: 'ElastiCache with an AuthToken but no transit encryption',
      code: dedent(`
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              AuthToken: '{{resolve:secretsmanager:cache:SecretString:token}}'
      `),
      errors: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 8,
          severity: 'medium',
          message: /sends its AuthToken and data in clear text/,
        },
      ],
    },
    {
      name: 'an OpenSearch domain: plain HTTP, no node-to-node encryption, TLS 1.0 policy',
      code: dedent(`
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              DomainEndpointOptions:
                EnforceHTTPS: false
                TLSSecurityPolicy: Policy-Min-TLS-1-0-2019-07
      `),
      errors: [
        { line: 2, column: 3, endLine: 2, endColumn: 9, message: /between its nodes/ },
        { line: 6, column: 23, endLine: 6, endColumn: 28, message: /plain HTTP/ },
        { line: 7, column: 28, endLine: 7, endColumn: 54, message: /TLS below 1.2/ },
      ],
    },
    {
      name: 'MSK plain text to clients and between brokers',
      code: dedent(`
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              EncryptionInfo:
                EncryptionInTransit: {ClientBroker: TLS_PLAINTEXT, InCluster: false}
      `),
      errors: [
        { line: 6, column: 45, endLine: 6, endColumn: 58, message: /plain-text client connections/ },
        { line: 6, column: 71, endLine: 6, endColumn: 76, message: /between brokers/ },
      ],
    },
    {
      name: 'an ECS EFS volume, a DocumentDB group, a Redshift group without require_ssl, a SageMaker job',
      code: dedent(`
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              Volumes:
                - Name: data
                  EFSVolumeConfiguration: {FilesystemId: fs-1}
          DocParams:
            Type: AWS::DocDB::DBClusterParameterGroup
            Properties:
              Parameters: {tls: disabled}
          RsParams:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              Parameters:
                - {ParameterName: enable_user_activity_logging, ParameterValue: "true"}
          Job:
            Type: AWS::SageMaker::DataQualityJobDefinition
            Properties:
              NetworkConfig: {EnableNetworkIsolation: true}
      `),
      errors: [
        {
          line: 7,
          column: 35,
          endLine: 7,
          endColumn: 55,
          message: /EFS volume data is mounted without transit encryption/,
        },
        { line: 11, column: 25, endLine: 11, endColumn: 33, message: /tls: disabled/ },
        { line: 15, column: 7, endLine: 15, endColumn: 17, message: /does not set require_ssl/ },
        { line: 20, column: 7, endLine: 20, endColumn: 20, message: /between its containers/ },
      ],
    },
    {
      name: 'a Redshift group with require_ssl false',
      code: dedent(`
        Resources:
          RsParams:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              Parameters:
                - ParameterName: require_ssl
                  ParameterValue: false
      `),
      errors: [{ line: 7, column: 27, endLine: 7, endColumn: 32, message: /require_ssl is false/ }],
    },
  ],
});
