import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('hardcoded-secret', {
  valid: [
    {
      name: 'passwords from Secrets Manager and a NoEcho parameter without default',
      code: dedent(`
        Parameters:
          DbPassword:
            Type: String
            NoEcho: true
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: admin
              MasterUserPassword: '{{resolve:secretsmanager:db-secret:SecretString:password}}'
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              AuthToken: !Ref DbPassword
      `),
    },
    {
      name: 'environment variables that name secrets rather than hold them',
      code: dedent(`
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Environment:
                Variables:
                  SECRET_ARN: arn:aws:secretsmanager:us-east-1:123456789012:secret:db
                  TOKEN_TTL: '3600'
                  LOG_LEVEL: debug
      `),
    },
    {
      name: 'a user name is not a secret',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBCluster
            Properties:
              MasterUsername: admin
              ManageMasterUserPassword: true
      `),
    },
  ],
  invalid: [
    {
      name: 'a literal database password',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: admin
              MasterUserPassword: hunter2hunter2
      `),
      errors: [{ line: 6, column: 27, severity: 'high', resource: 'Db' }],
    },
    {
      name: 'a parameter with a Default, and one without NoEcho',
      code: dedent(`
        Parameters:
          Token:
            Type: String
            Default: s3cr3t-t0ken
          Password:
            Type: String
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              AuthToken: !Ref Token
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUserPassword: !Ref Password
      `),
      errors: [
        { line: 11, message: /parameter Token, which has a Default/ },
        { line: 15, message: /parameter Password, which lacks NoEcho/ },
      ],
    },
    {
      name: 'a plain SSM parameter',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUserPassword: '{{resolve:ssm:/db/password}}'
      `),
      errors: [{ line: 5, message: /plain \(not SecureString\) SSM parameter/ }],
    },
    {
      name: 'an access key in a Lambda environment and a base64 UserData',
      code: dedent(`
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Environment:
                Variables:
                  KEY: AKIAIOSFODNN7EXAMPLE
          Vm:
            Type: AWS::EC2::Instance
            Properties:
              UserData: ZXhwb3J0IEFXU19BQ0NFU1NfS0VZX0lEPUFLSUFJT1NGT0ROTjdFWEFNUExFCg==
      `),
      errors: [
        { line: 7, resource: 'Fn', message: /access key id in KEY/ },
        { line: 11, resource: 'Vm', message: /base64/ },
      ],
    },
    {
      name: 'cfn-init credentials in metadata',
      code: dedent(`
        Resources:
          Vm:
            Type: AWS::EC2::Instance
            Metadata:
              AWS::CloudFormation::Authentication:
                S3Access:
                  type: S3
                  accessKeyId: AKIAIOSFODNN7EXAMPLF
                  secretKey: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
      `),
      errors: [
        { line: 8, message: /accessKeyId/ },
        { line: 9, message: /secretKey/ },
      ],
    },
  ],
});
