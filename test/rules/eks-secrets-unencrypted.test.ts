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
  ],
  invalid: [
    {
      name: 'no EncryptionConfig',
      code: 'Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Version: "1.31"\n',
      errors: [{ line: 2, column: 3, severity: 'medium', message: /no EncryptionConfig/ }],
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
      errors: [{ line: 5, column: 7, message: /does not cover secrets with a KMS key/ }],
    },
  ],
});
