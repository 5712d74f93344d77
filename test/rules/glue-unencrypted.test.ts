import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('glue-unencrypted', {
  valid: [
    {
      name: 'catalog settings, a security configuration and the job, crawler and endpoint that use it',
      code: dedent(`
        Resources:
          Settings:
            Type: AWS::Glue::DataCatalogEncryptionSettings
            Properties:
              CatalogId: "123456789012"
              DataCatalogEncryptionSettings:
                EncryptionAtRest: {CatalogEncryptionMode: SSE-KMS}
                ConnectionPasswordEncryption: {ReturnConnectionPasswordEncrypted: true}
          Config:
            Type: AWS::Glue::SecurityConfiguration
            Properties:
              EncryptionConfiguration:
                S3Encryptions: [{S3EncryptionMode: SSE-S3}]
                CloudWatchEncryption: {CloudWatchEncryptionMode: SSE-KMS}
                JobBookmarksEncryption: {JobBookmarksEncryptionMode: CSE-KMS}
          Job:
            Type: AWS::Glue::Job
            Properties:
              SecurityConfiguration: !Ref Config
          Crawler:
            Type: AWS::Glue::Crawler
            Properties:
              CrawlerSecurityConfiguration: !Ref Config
          Endpoint:
            Type: AWS::Glue::DevEndpoint
            Properties:
              SecurityConfiguration: !Ref Config
      `),
    },
  ],
  invalid: [
    {
      name: 'catalog settings: catalog not encrypted, passwords returned in clear',
      code: dedent(`
        Resources:
          Settings:
            Type: AWS::Glue::DataCatalogEncryptionSettings
            Properties:
              DataCatalogEncryptionSettings:
                EncryptionAtRest: {CatalogEncryptionMode: DISABLED}
                ConnectionPasswordEncryption: {ReturnConnectionPasswordEncrypted: false}
      `),
      errors: [
        {
          line: 6,
          column: 51,
          endLine: 6,
          endColumn: 59,
          severity: 'medium',
          message: /Data Catalog is not encrypted/,
        },
        { line: 7, column: 75, endLine: 7, endColumn: 80, message: /connection passwords/ },
      ],
    },
    {
      name: 'a security configuration with S3 off and the rest absent',
      code: dedent(`
        Resources:
          Config:
            Type: AWS::Glue::SecurityConfiguration
            Properties:
              EncryptionConfiguration:
                S3Encryptions:
                  - S3EncryptionMode: DISABLED
      `),
      errors: [
        {
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 30,
          message: /CloudWatch with a KMS key .*; CloudWatch Logs encrypts them only with keys it manages\.$/,
        },
        { line: 5, column: 7, endLine: 5, endColumn: 30, message: /job bookmarks/ },
        { line: 7, column: 31, endLine: 7, endColumn: 39, message: /S3EncryptionMode is DISABLED/ },
      ],
    },
    {
      name: 'a crawler without a security configuration',
      code: 'Resources:\n  Crawler:\n    Type: AWS::Glue::Crawler\n    Properties:\n      Role: glue\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 10, message: /CrawlerSecurityConfiguration/ }],
    },
  ],
});
