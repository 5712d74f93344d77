import { dedent, ruleTester, jsonPolicy, span } from '../rule-tester.js';

const policy = (statements: string): string =>
  dedent(`
    Resources:
      Policy:
        Type: AWS::IAM::ManagedPolicy
        Properties:
          PolicyDocument:
            Statement:
${statements.replace(/^\n/, '')}
  `);

ruleTester('iam-privilege-escalation', {
  valid: [
    {
      name: 'PassRole without a compute action to pass it to',
      code: policy(`
              - Effect: Allow
                Action: iam:PassRole
                Resource: '*'`),
    },
    {
      name: "the path's actions scoped to one resource",
      code: policy(`
              - Effect: Allow
                Action: iam:CreatePolicyVersion
                Resource: arn:aws:iam::123456789012:policy/app-*`),
    },
    {
      name: "the path's actions behind a condition",
      code: policy(`
              - Effect: Allow
                Action: [iam:PassRole, ec2:RunInstances]
                Resource: '*'
                Condition:
                  StringEquals: { aws:RequestedRegion: eu-west-1 }`),
    },
    {
      name: 'a Deny on all resources removes the action',
      code: policy(`
              - Effect: Allow
                Action: [iam:PassRole, ec2:RunInstances]
                Resource: '*'
              - Effect: Deny
                Action: iam:PassRole
                Resource: '*'`),
    },
  ],
  invalid: [
    {
      name: 'one action on its own (CreateAccessKey)',
      code: policy(`
              - Effect: Allow
                Action: iam:CreateAccessKey
                Resource: '*'`),
      errors: [
        {
          line: 8,
          column: 21,
          endLine: 8,
          endColumn: 40,
          severity: 'high',
          message: /CreateAccessKey \(iam:CreateAccessKey\)/,
        },
      ],
    },
    {
      name: 'a path spread over two statements, pointing at the first action',
      code: policy(`
              - Effect: Allow
                Action: ec2:RunInstances
                Resource: '*'
              - Effect: Allow
                Action: iam:PassRole
                Resource: '*'`),
      errors: [
        {
          line: 11,
          column: 21,
          endLine: 11,
          endColumn: 33,
          message: /CreateEC2WithExistingIP \(iam:PassRole \+ ec2:RunInstances\)/,
        },
      ],
    },
    {
      name: 'an administrator policy names the first paths and how many more',
      code: policy(`
              - Effect: Allow
                Action: '*'
                Resource: '*'`),
      errors: [{ line: 8, column: 21, endLine: 8, endColumn: 24, message: /and \d+ more/ }],
    },
  ],
});

// iam:PassedToService limits where roles go, not which roles (issue 22).
const passTo = (service: string) =>
  jsonPolicy(
    {
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: '*',
      Condition: { StringEquals: { 'iam:PassedToService': service } },
    },
    { Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' },
  );
const toLambda = passTo('lambda.amazonaws.com');
const likeLambda = jsonPolicy(
  {
    Effect: 'Allow',
    Action: 'iam:PassRole',
    Resource: '*',
    Condition: { StringLike: { 'iam:PassedToService': 'lambda.*' } },
  },
  { Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' },
);
ruleTester('iam-privilege-escalation', {
  valid: [
    { name: 'PassRole passed to a service the path does not use', file: 'p.json', code: passTo('ec2.amazonaws.com') },
    {
      name: 'PassRole to Lambda under another condition too (which may restrict further)',
      file: 'p.json',
      code: jsonPolicy(
        {
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: '*',
          Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com', 'aws:ResourceTag/app': 'x' } },
        },
        { Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' },
      ),
    },
    {
      name: 'PassRole to Lambda, denied outright',
      file: 'p.json',
      code: jsonPolicy(
        {
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: '*',
          Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
        },
        { Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' },
        { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' },
      ),
    },
  ],
  invalid: [
    {
      name: 'PassRole limited to lambda.amazonaws.com with CreateFunction and InvokeFunction',
      file: 'p.json',
      code: toLambda,
      errors: [
        { ...span(toLambda, 2, '"iam:PassRole"'), severity: 'high', message: /PassExistingRoleToNewLambdaThenInvoke/ },
      ],
    },
    {
      name: 'a StringLike PassedToService that matches Lambda',
      file: 'p.json',
      code: likeLambda,
      errors: [{ ...span(likeLambda, 2, '"iam:PassRole"'), message: /PassExistingRoleToNewLambdaThenInvoke/ }],
    },
  ],
});
