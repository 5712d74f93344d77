/**
 * SAM policy templates (`Policies: [{ S3ReadPolicy: { BucketName: b } }]`) expanded to the
 * statements SAM generates, so the policy rules see what the function's role really gets.
 * Actions follow SAM's policy_templates.json; `{p}` is replaced by the named parameter's value.
 */

export interface SamStatement {
  actions: string[];
  resources: string[];
}

const S3 = (actions: string[]): SamStatement[] => [
  { actions, resources: ['arn:aws:s3:::{BucketName}', 'arn:aws:s3:::{BucketName}/*'] },
];
const DDB = (actions: string[]): SamStatement[] => [
  {
    actions,
    resources: [
      'arn:aws:dynamodb:{Region}:{Account}:table/{TableName}',
      'arn:aws:dynamodb:{Region}:{Account}:table/{TableName}/index/*',
    ],
  },
];

export const SAM_POLICY_TEMPLATES: Record<string, SamStatement[]> = {
  S3ReadPolicy: S3([
    's3:GetObject',
    's3:ListBucket',
    's3:GetBucketLocation',
    's3:GetObjectVersion',
    's3:GetLifecycleConfiguration',
  ]),
  S3WritePolicy: S3(['s3:PutObject', 's3:PutObjectAcl', 's3:PutLifecycleConfiguration']),
  S3CrudPolicy: S3([
    's3:GetObject',
    's3:ListBucket',
    's3:GetBucketLocation',
    's3:GetObjectVersion',
    's3:PutObject',
    's3:PutObjectAcl',
    's3:GetLifecycleConfiguration',
    's3:PutLifecycleConfiguration',
    's3:DeleteObject',
  ]),
  S3FullAccessPolicy: S3([
    's3:GetObject',
    's3:GetObjectAcl',
    's3:GetObjectVersion',
    's3:PutObject',
    's3:PutObjectAcl',
    's3:DeleteObject',
    's3:DeleteObjectTagging',
    's3:DeleteObjectVersionTagging',
    's3:GetObjectTagging',
    's3:GetObjectVersionTagging',
    's3:PutObjectTagging',
    's3:PutObjectVersionTagging',
    's3:ListBucket',
    's3:GetBucketLocation',
    's3:GetLifecycleConfiguration',
    's3:PutLifecycleConfiguration',
  ]),
  DynamoDBReadPolicy: DDB([
    'dynamodb:GetItem',
    'dynamodb:Scan',
    'dynamodb:Query',
    'dynamodb:BatchGetItem',
    'dynamodb:DescribeTable',
  ]),
  DynamoDBWritePolicy: DDB(['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem']),
  DynamoDBCrudPolicy: DDB([
    'dynamodb:GetItem',
    'dynamodb:DeleteItem',
    'dynamodb:PutItem',
    'dynamodb:Scan',
    'dynamodb:Query',
    'dynamodb:UpdateItem',
    'dynamodb:BatchWriteItem',
    'dynamodb:BatchGetItem',
    'dynamodb:DescribeTable',
    'dynamodb:ConditionCheckItem',
  ]),
  SQSPollerPolicy: [
    {
      actions: [
        'sqs:ChangeMessageVisibility',
        'sqs:ChangeMessageVisibilityBatch',
        'sqs:DeleteMessage',
        'sqs:DeleteMessageBatch',
        'sqs:GetQueueAttributes',
        'sqs:ReceiveMessage',
      ],
      resources: ['arn:aws:sqs:{Region}:{Account}:{QueueName}'],
    },
  ],
  SQSSendMessagePolicy: [{ actions: ['sqs:SendMessage*'], resources: ['arn:aws:sqs:{Region}:{Account}:{QueueName}'] }],
  SNSPublishMessagePolicy: [{ actions: ['sns:Publish'], resources: ['arn:aws:sns:{Region}:{Account}:{TopicName}'] }],
  SNSCrudPolicy: [
    {
      actions: [
        'sns:ListSubscriptionsByTopic',
        'sns:CreateTopic',
        'sns:SetTopicAttributes',
        'sns:Subscribe',
        'sns:Publish',
      ],
      resources: ['arn:aws:sns:{Region}:{Account}:{TopicName}*'],
    },
  ],
  LambdaInvokePolicy: [
    { actions: ['lambda:InvokeFunction'], resources: ['arn:aws:lambda:{Region}:{Account}:function:{FunctionName}*'] },
  ],
  KMSDecryptPolicy: [{ actions: ['kms:Decrypt'], resources: ['arn:aws:kms:{Region}:{Account}:key/{KeyId}'] }],
  KMSEncryptPolicy: [{ actions: ['kms:Encrypt'], resources: ['arn:aws:kms:{Region}:{Account}:key/{KeyId}'] }],
  SSMParameterReadPolicy: [
    {
      actions: ['ssm:DescribeParameters', 'ssm:GetParameters', 'ssm:GetParameter', 'ssm:GetParametersByPath'],
      resources: ['arn:aws:ssm:{Region}:{Account}:parameter/{ParameterName}'],
    },
  ],
  AWSSecretsManagerGetSecretValuePolicy: [{ actions: ['secretsmanager:GetSecretValue'], resources: ['{SecretArn}'] }],
  CloudWatchPutMetricPolicy: [{ actions: ['cloudwatch:PutMetricData'], resources: ['*'] }],
  StepFunctionsExecutionPolicy: [
    {
      actions: ['states:StartExecution'],
      resources: ['arn:aws:states:{Region}:{Account}:stateMachine:{StateMachineName}'],
    },
  ],
  EventBridgePutEventsPolicy: [
    { actions: ['events:PutEvents'], resources: ['arn:aws:events:{Region}:{Account}:event-bus/{EventBusName}'] },
  ],
  KinesisStreamReadPolicy: [
    {
      actions: ['kinesis:ListStreams', 'kinesis:DescribeLimits'],
      resources: ['arn:aws:kinesis:{Region}:{Account}:stream/*'],
    },
    {
      actions: [
        'kinesis:DescribeStream',
        'kinesis:DescribeStreamSummary',
        'kinesis:GetRecords',
        'kinesis:GetShardIterator',
      ],
      resources: ['arn:aws:kinesis:{Region}:{Account}:stream/{StreamName}'],
    },
  ],
  VPCAccessPolicy: [
    {
      actions: [
        'ec2:CreateNetworkInterface',
        'ec2:DeleteNetworkInterface',
        'ec2:DescribeNetworkInterfaces',
        'ec2:DetachNetworkInterface',
      ],
      resources: ['*'],
    },
  ],
  AWSXrayWriteOnlyAccess: [
    {
      actions: [
        'xray:PutTraceSegments',
        'xray:PutTelemetryRecords',
        'xray:GetSamplingRules',
        'xray:GetSamplingTargets',
        'xray:GetSamplingStatisticSummaries',
      ],
      resources: ['*'],
    },
  ],
};
