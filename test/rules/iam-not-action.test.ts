import { dedent, ruleTester } from '../rule-tester.js';

const doc = (effect: string, resource: string) =>
  `{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "${effect}",\n      "NotAction": "iam:*",\n      "Resource": "${resource}"\n    }\n  ]\n}\n`;

ruleTester('iam-not-action', {
  valid: [
    { name: 'Deny with NotAction (the recommended way to carve exceptions)', code: doc('Deny', '*'), file: 'p.json' },
    {
      name: 'an Allow with Action',
      code: '{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
      file: 'p.json',
    },
  ],
  invalid: [
    {
      name: 'Allow with NotAction on "*" is high',
      code: doc('Allow', '*'),
      file: 'p.json',
      errors: [{ line: 6, severity: 'high' }],
    },
    {
      name: 'Allow with NotAction on one bucket is medium',
      code: doc('Allow', 'arn:aws:s3:::b/*'),
      file: 'p.json',
      errors: [{ line: 6, severity: 'medium' }],
    },
    {
      name: 'in a template',
      code: dedent(`
        Resources:
          Group:
            Type: AWS::IAM::Group
            Properties:
              Policies:
                - PolicyName: p
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        NotAction: [iam:*, organizations:*]
                        Resource: '*'
      `),
      errors: [{ line: 10, resource: 'Group' }],
    },
  ],
});
