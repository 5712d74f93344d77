import { dedent, ruleTester } from '../rule-tester.js';

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
      errors: [{ line: 8, severity: 'high', message: /CreateAccessKey \(iam:CreateAccessKey\)/ }],
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
      errors: [{ line: 11, message: /CreateEC2WithExistingIP \(iam:PassRole \+ ec2:RunInstances\)/ }],
    },
    {
      name: 'an administrator policy names the first paths and how many more',
      code: policy(`
              - Effect: Allow
                Action: '*'
                Resource: '*'`),
      errors: [{ line: 8, message: /and \d+ more/ }],
    },
  ],
});
