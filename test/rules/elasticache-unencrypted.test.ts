import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('elasticache-unencrypted', {
  valid: [
    {
      name: 'encrypted at rest',
      code: dedent(`
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
              AtRestEncryptionEnabled: true
      `),
    },
    {
      name: 'a serverless cache is always encrypted',
      code: 'Resources:\n  Cache:\n    Type: AWS::ElastiCache::ServerlessCache\n    Properties:\n      Engine: valkey\n',
    },
  ],
  invalid: [
    {
      name: 'not set',
      code: dedent(`
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
      `),
      errors: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 8,
          severity: 'high',
          message: /AtRestEncryptionEnabled is not set/,
        },
      ],
    },
    {
      name: 'false',
      code: dedent(`
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              AtRestEncryptionEnabled: false
      `),
      errors: [{ line: 5, column: 32, endLine: 5, endColumn: 37 }],
    },
  ],
});
