import { dedent, ruleTester } from '../rule-tester.js';

const model = (line: string): string =>
  dedent(`
    Resources:
      Model:
        Type: AWS::SageMaker::Model
        Properties:
          ExecutionRoleArn: arn:aws:iam::111122223333:role/sm
          PrimaryContainer:
            Image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/model:1
${line}
  `);

ruleTester('sagemaker-no-network-isolation', {
  valid: [{ name: 'EnableNetworkIsolation true', code: model('          EnableNetworkIsolation: true') }],
  invalid: [
    {
      name: 'not set: reported at the logical id',
      code: model(''),
      errors: [
        { line: 2, column: 3, endLine: 2, endColumn: 8, severity: 'low', resource: 'Model', message: /not set/ },
      ],
    },
    {
      name: 'false',
      code: model('          EnableNetworkIsolation: false'),
      errors: [{ line: 8, column: 31, endLine: 8, endColumn: 36, message: /is false/ }],
    },
  ],
});
