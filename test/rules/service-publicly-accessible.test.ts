import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('service-publicly-accessible', {
  valid: [
    {
      name: 'a Redshift cluster without PubliclyAccessible (CreateCluster defaults to private)',
      code: dedent(`
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
              ClusterType: single-node
      `),
    },
    {
      name: 'a DMS instance made private',
      code: dedent(`
        Resources:
          Replication:
            Type: AWS::DMS::ReplicationInstance
            Properties:
              ReplicationInstanceClass: dms.t3.medium
              PubliclyAccessible: false
      `),
    },
    {
      name: 'an MQ broker with PubliclyAccessible No (a YAML 1.1 boolean)',
      code: dedent(`
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              EngineType: RABBITMQ
              PubliclyAccessible: No
      `),
    },
    {
      name: 'an MSK cluster without ConnectivityInfo (private by default)',
      code: dedent(`
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              BrokerNodeGroupInfo:
                InstanceType: kafka.m5.large
                ClientSubnets: [subnet-1, subnet-2]
      `),
    },
    {
      name: 'a Transfer server in a VPC',
      code: dedent(`
        Resources:
          Sftp:
            Type: AWS::Transfer::Server
            Properties:
              EndpointType: VPC
      `),
    },
    {
      name: 'an OpenSearch domain in a VPC',
      code: dedent(`
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              VPCOptions:
                SubnetIds: [subnet-1]
      `),
    },
  ],
  invalid: [
    {
      name: 'Redshift PubliclyAccessible true',
      code: dedent(`
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
              PubliclyAccessible: true
      `),
      errors: [
        {
          line: 6,
          column: 27,
          endLine: 6,
          endColumn: 31,
          severity: 'high',
          resource: 'Warehouse',
          message: /publicly accessible/,
        },
      ],
    },
    {
      name: 'DMS with PubliclyAccessible absent (its default is public)',
      code: dedent(`
        Resources:
          Replication:
            Type: AWS::DMS::ReplicationInstance
            Properties:
              ReplicationInstanceClass: dms.t3.medium
      `),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 14, message: /public by default/ }],
    },
    {
      name: 'an MQ broker with PubliclyAccessible Yes (a YAML 1.1 boolean)',
      code: dedent(`
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              EngineType: ACTIVEMQ
              PubliclyAccessible: Yes
      `),
      errors: [{ line: 6, column: 27, endLine: 6, endColumn: 30, resource: 'Broker' }],
    },
    {
      name: 'MSK with service-provided public addresses',
      code: dedent(`
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              BrokerNodeGroupInfo:
                InstanceType: kafka.m5.large
                ConnectivityInfo:
                  PublicAccess:
                    Type: SERVICE_PROVIDED_EIPS
      `),
      errors: [{ line: 9, column: 19, endLine: 9, endColumn: 40, message: /SERVICE_PROVIDED_EIPS/ }],
    },
    {
      name: 'a Transfer server with no EndpointType (PUBLIC by default)',
      code: dedent(`
        Resources:
          Sftp:
            Type: AWS::Transfer::Server
            Properties:
              Protocols: [SFTP]
      `),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 7, message: /by default/ }],
    },
    {
      name: 'an Elasticsearch domain without VPCOptions',
      code: dedent(`
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              ElasticsearchVersion: '7.10'
      `),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 9, message: /no VPCOptions/ }],
    },
  ],
});
