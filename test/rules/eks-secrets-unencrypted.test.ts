import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('eks-secrets-unencrypted', {
  valid: [
    {
      name: 'secrets encrypted with a customer managed key',
      code: dedent(`
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              EncryptionConfig:
                - Resources: [secrets]
                  Provider: {KeyArn: !GetAtt Key.Arn}
          Key:
            Type: AWS::KMS::Key
      `),
    },
    {
      name: 'a key behind a parameter without a default is not guessed',
      code: dedent(`
        Parameters:
          KeyArn: {Type: String}
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              EncryptionConfig:
                - Resources: [secrets]
                  Provider: {KeyArn: !Ref KeyArn}
      `),
    },
  ],
  invalid: [
    {
      name: 'no EncryptionConfig',
      code: 'Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Version: "1.31"\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 10, severity: 'medium', message: /no EncryptionConfig/ }],
    },
    {
      name: 'secrets listed but no key named',
      code: dedent(`
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              EncryptionConfig:
                - Resources: [secrets]
      `),
      errors: [{ line: 6, column: 11, endLine: 6, endColumn: 31, message: /entry 1 names no Provider.KeyArn/ }],
    },
    {
      // cfn_nag W82: every entry needs a Provider, even when another one covers secrets.
      name: 'a second entry without Provider beside one that covers secrets',
      code: dedent(`
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              EncryptionConfig:
                - Resources: [secrets]
                  Provider: {KeyArn: !GetAtt Key.Arn}
                - Resources: [secrets]
          Key:
            Type: AWS::KMS::Key
      `),
      errors: [{ line: 8, column: 11, endLine: 8, endColumn: 31, message: /entry 2 names no Provider.KeyArn/ }],
    },
    {
      name: 'an entry with a key that does not list secrets',
      code: dedent(`
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              EncryptionConfig:
                - Resources: [configmaps]
                  Provider: {KeyArn: arn:aws:kms:us-east-1:111122223333:key/abc}
      `),
      errors: [{ line: 5, column: 7, endLine: 5, endColumn: 23, message: /does not cover secrets with a KMS key/ }],
    },
  ],
});
