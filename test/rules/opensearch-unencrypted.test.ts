import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('opensearch-unencrypted', {
  valid: [
    {
      name: 'an OpenSearch domain encrypted at rest',
      code: dedent(`
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              EncryptionAtRestOptions:
                Enabled: true
      `),
    },
  ],
  invalid: [
    {
      name: 'an Elasticsearch domain without EncryptionAtRestOptions',
      code: 'Resources:\n  Search:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      ElasticsearchVersion: "7.10"\n',
      errors: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 9,
          severity: 'high',
          message: /EncryptionAtRestOptions.Enabled is not set/,
        },
      ],
    },
    {
      name: 'options without Enabled: at the options key',
      code: dedent(`
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              EncryptionAtRestOptions:
                KmsKeyId: alias/search
      `),
      errors: [{ line: 5, column: 7, endLine: 5, endColumn: 30 }],
    },
    {
      name: 'Enabled: false',
      code: dedent(`
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              EncryptionAtRestOptions: {Enabled: false}
      `),
      errors: [{ line: 5, column: 42, endLine: 5, endColumn: 47, message: /is false/ }],
    },
  ],
});
