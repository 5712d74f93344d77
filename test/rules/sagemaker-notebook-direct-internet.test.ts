import { dedent, reportsOf, ruleTester } from '../rule-tester.js';

const notebook = (lines: string) =>
  dedent(`
    Resources:
      Notebook:
        Type: AWS::SageMaker::NotebookInstance
        Properties:
          InstanceType: ml.t3.medium
          RoleArn: arn:aws:iam::111122223333:role/sagemaker
${lines}
  `);

const enabledInVpc = notebook(
  '          SubnetId: subnet-1\n          SecurityGroupIds: [sg-1]\n          DirectInternetAccess: Enabled',
);

ruleTester('sagemaker-notebook-direct-internet', {
  valid: [
    {
      name: 'direct internet access disabled, in a subnet',
      code: notebook(
        '          SubnetId: subnet-1\n          SecurityGroupIds: [sg-1]\n          DirectInternetAccess: Disabled',
      ),
    },
    {
      name: 'a value behind a parameter without a default is not guessed',
      code: 'Parameters:\n  Access: {Type: String}\n' + notebook('          DirectInternetAccess: !Ref Access'),
    },
  ],
  invalid: [
    {
      name: 'DirectInternetAccess absent (the default is Enabled)',
      code: notebook('          VolumeSizeInGB: 5'),
      errors: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 11,
          severity: 'medium',
          resource: 'Notebook',
          message: /default Enabled/,
        },
      ],
    },
    {
      name: 'DirectInternetAccess: Enabled in a subnet',
      code: enabledInVpc,
      errors: [{ line: 9, column: 29, endLine: 9, endColumn: 36, message: /DirectInternetAccess: Enabled/ }],
    },
  ],
});

describe('sagemaker-notebook-direct-internet fix', () => {
  it('disables direct access in one edit when the notebook names a subnet', () => {
    const [r] = reportsOf('sagemaker-notebook-direct-internet', enabledInVpc);
    expect(r.fix?.replacement).toBe('Disabled');
  });
  it('offers no edit without a subnet (Disabled needs one)', () => {
    const [r] = reportsOf('sagemaker-notebook-direct-internet', notebook('          DirectInternetAccess: Enabled'));
    expect(r.message).toMatch(/Enabled/);
    expect(r.fix).toBeUndefined();
  });
});
