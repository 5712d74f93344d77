import { dedent, findingsOf, ruleTester } from '../rule-tester.js';
import { secretMaterial } from '../../src/rules/hardcoded-secret.js';

ruleTester('hardcoded-secret', {
  valid: [
    {
      name: 'cfn-init authentication by role, with no credentials',
      code: dedent(`
        Resources:
          Vm:
            Type: AWS::EC2::Instance
            Metadata:
              AWS::CloudFormation::Authentication:
                S3Access:
                  type: S3
                  roleName: !Ref InstanceRole
                  buckets: [artifacts]
      `),
    },
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
    {
      name: 'flags that merely name a secret; SSM parameters that are not credentials or are placeholders',
      code: dedent(`
        Resources:
          Client:
            Type: AWS::Cognito::UserPoolClient
            Properties:
              GenerateSecret: "true"
              ClientSecretArn: arn:aws:secretsmanager:us-east-1:123456789012:secret:x
          TableName:
            Type: AWS::SSM::Parameter
            Properties:
              Name: /app/table
              Type: String
              Value: akdfaksdfjkasdfjskafjdkfajsdfk345
          TestSecret:
            Type: AWS::SSM::Parameter
            Properties:
              Name: /app/secret_test
              Type: String
              Value: akdfaksdfjkasdfjskafjdkfajsdfk345
          SecretRef:
            Type: AWS::SSM::Parameter
            Properties:
              Name: /app/secret
              Type: String
              Value: !GetAtt TableName.Value
      `),
    },
    {
      name: 'AWS_SECRET_ACCESS_KEY naming a place, not a key of the right shape',
      code: dedent(`
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Environment:
                Variables:
                  AWS_SECRET_ACCESS_KEY_NAME: /app/key
                  OTHER: wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY12
      `),
    },
  ],
  invalid: [
    {
      // Regression (issue 26): a key that only starts with `Ref` was read as an intrinsic function.
      name: 'a refresh token under a one-key map whose key starts with Ref',
      code: dedent(`
        Resources:
          Connector:
            Type: AWS::AppFlow::ConnectorProfile
            Properties:
              ConnectorProfileConfig:
                ConnectorProfileCredentials:
                  Auth:
                    RefreshToken: ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c3
      `),
      errors: [{ line: 8, column: 27, endLine: 8, endColumn: 74, severity: 'high', resource: 'Connector' }],
    },
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
      errors: [{ line: 6, column: 27, endLine: 6, endColumn: 41, severity: 'high', resource: 'Db' }],
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
        { line: 11, column: 18, endLine: 11, endColumn: 28, message: /parameter Token, which has a Default/ },
        { line: 15, column: 27, endLine: 15, endColumn: 40, message: /parameter Password, which lacks NoEcho/ },
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
      errors: [{ line: 5, column: 27, endLine: 5, endColumn: 57, message: /plain \(not SecureString\) SSM parameter/ }],
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
        { line: 7, column: 16, endLine: 7, endColumn: 36, resource: 'Fn', message: /access key id in KEY/ },
        { line: 11, column: 17, endLine: 11, endColumn: 81, resource: 'Vm', message: /base64/ },
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
        { line: 8, column: 24, endLine: 8, endColumn: 44, message: /accessKeyId/ },
        { line: 9, column: 22, endLine: 9, endColumn: 62, message: /secretKey/ },
      ],
    },
    {
      // NoEcho masks parameters in DescribeStacks, not resource metadata (AWS's Metadata attribute page).
      name: 'cfn-init credentials given by Ref to a NoEcho parameter and by GetAtt',
      code: dedent(`
        Parameters:
          Password:
            Type: String
            NoEcho: true
        Resources:
          Keys:
            Type: AWS::IAM::AccessKey
            Properties:
              UserName: deployer
          Vm:
            Type: AWS::EC2::Instance
            Metadata:
              AWS::CloudFormation::Authentication:
                Repo:
                  type: basic
                  username: deployer
                  password: !Ref Password
                  uris: [https://repo.example.com]
                S3Access:
                  type: S3
                  accessKeyId: !Ref Keys
                  secretKey: {Fn::GetAtt: [Keys, SecretAccessKey]}
      `),
      errors: [
        {
          line: 17,
          column: 21,
          endLine: 17,
          endColumn: 34,
          resource: 'Vm',
          message: /\(password\) are given .*unmasked/,
        },
        { line: 21, column: 24, endLine: 21, endColumn: 33, resource: 'Vm', message: /accessKeyId/ },
        { line: 22, column: 22, endLine: 22, endColumn: 59, resource: 'Vm', message: /secretKey/ },
      ],
    },
    {
      name: 'secret-bearing names at any depth of any resource type',
      code: dedent(`
        Resources:
          Source:
            Type: AWS::CodeBuild::SourceCredential
            Properties:
              Token: ghp_notreallyatoken0000
              ServerType: GITHUB
              AuthType: PERSONAL_ACCESS_TOKEN
          Webhook:
            Type: AWS::CodePipeline::Webhook
            Properties:
              AuthenticationConfiguration:
                SecretToken: s3cr3t-webhook-token
          Splunk:
            Type: AWS::KinesisFirehose::DeliveryStream
            Properties:
              SplunkDestinationConfiguration:
                HECToken: 11111111-2222-3333-4444-555555555555
          App:
            Type: AWS::Amplify::App
            Properties:
              AccessToken: ghp_anotherfaketoken1234
              OauthToken: oauth-token-value-123
          Idp:
            Type: AWS::Cognito::UserPoolIdentityProvider
            Properties:
              ProviderDetails:
                client_secret: abc
                ClientSecret: verysecretclientvalue
      `),
      errors: [
        { line: 12, column: 22, endLine: 12, endColumn: 42, resource: 'Webhook', message: /SecretToken/ },
        { line: 17, column: 19, endLine: 17, endColumn: 55, resource: 'Splunk', message: /HECToken/ },
        { line: 21, column: 20, endLine: 21, endColumn: 44, resource: 'App', message: /AccessToken/ },
        { line: 22, column: 19, endLine: 22, endColumn: 40, resource: 'App', message: /OauthToken/ },
        { line: 27, column: 24, endLine: 27, endColumn: 27, resource: 'Idp', message: /client_secret/ },
        { line: 28, column: 23, endLine: 28, endColumn: 44, resource: 'Idp', message: /ClientSecret/ },
      ],
    },
    {
      name: 'an SSM String parameter named as a credential',
      code: dedent(`
        Resources:
          ApiKey:
            Type: AWS::SSM::Parameter
            Properties:
              Name: /myapp/api_key
              Type: String
              Value: akdfaksdfjkasdfjskafjdkfajsdfk345
      `),
      errors: [
        {
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 47,
          severity: 'high',
          resource: 'ApiKey',
          message: /plain String/,
        },
      ],
    },
    {
      name: 'an AWS secret access key by its shape next to AWS_SECRET_ACCESS_KEY (issue 9)',
      code: dedent(`
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Environment:
                Variables:
                  AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMIK7MDENGbPxRfiCYzzzzzzzzKEY1
                  AWS_SECRET_KEY: wJalrXUtnFEMIK7MDENGbPxRfiCYzzzzzzzzKEY2
          Vm:
            Type: AWS::EC2::Instance
            Properties:
              UserData: "export AWS_SECRET_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYzzzzzzzzKEY3"
      `),
      errors: [
        {
          line: 7,
          column: 34,
          endLine: 7,
          endColumn: 74,
          resource: 'Fn',
          message: /AWS secret access key in AWS_SECRET_ACCESS_KEY/,
        },
        {
          line: 8,
          column: 27,
          endLine: 8,
          endColumn: 67,
          resource: 'Fn',
          message: /AWS secret access key in AWS_SECRET_KEY/,
        },
        { line: 12, column: 17, endLine: 12, endColumn: 81, resource: 'Vm', message: /AWS secret access key/ },
      ],
    },
  ],
});

describe('hardcoded-secret on hostile input', () => {
  // Every pattern is linear: 100k-character values and names must not make a regex backtrack.
  it.each([
    [
      'a long secret-looking name',
      `Resources:\n  X:\n    Type: AWS::Any::Thing\n    Properties:\n      ${'a'.repeat(100_000)}x: v\n`,
    ],
    [
      'aws_secret_access_key then 100k spaces',
      `Resources:\n  X:\n    Type: AWS::Any::Thing\n    Properties:\n      Script: "aws_secret_access_key${' '.repeat(100_000)}!"\n`,
    ],
    [
      '100k base64 characters',
      `Resources:\n  X:\n    Type: AWS::Any::Thing\n    Properties:\n      Data: ${'A'.repeat(100_000)}\n`,
    ],
    [
      'a 100k-character SSM value',
      `Resources:\n  X:\n    Type: AWS::SSM::Parameter\n    Properties:\n      Name: secret\n      Type: String\n      Value: ${'ab-'.repeat(33_333)}\n`,
    ],
  ])('%s', (_name, code) => {
    const started = performance.now();
    findingsOf({ name: 'hostile', code });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('each pattern runs on 100k characters in milliseconds', () => {
    const long = 'aws_secret_access_key' + ' '.repeat(100_000) + '=' + 'A1'.repeat(50_000);
    const started = performance.now();
    expect(secretMaterial(long)).toBeUndefined();
    expect(secretMaterial(`${'x'.repeat(100_000)} AKIAIOSFODNN7EXAMPLE`)).toBe('an AWS access key id');
    expect(performance.now() - started).toBeLessThan(100);
  });
});
