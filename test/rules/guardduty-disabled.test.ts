import { dedent, reportsOf, ruleTester } from '../rule-tester.js';

const detector = (enable: string) =>
  dedent(`
    Resources:
      Detector:
        Type: AWS::GuardDuty::Detector
        Properties:
          Enable: ${enable}
          FindingPublishingFrequency: FIFTEEN_MINUTES
  `);

ruleTester('guardduty-disabled', {
  valid: [
    { name: 'an enabled detector', code: detector('true') },
    {
      name: 'Enable behind a parameter without a default is not guessed',
      code: 'Parameters:\n  On: {Type: String}\n' + detector('!Ref On'),
    },
  ],
  invalid: [
    {
      name: 'Enable: false',
      code: detector('false'),
      errors: [
        {
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 20,
          severity: 'medium',
          resource: 'Detector',
          message: /Enable: false/,
        },
      ],
    },
    {
      name: 'Enable: "false" as a string in JSON',
      file: 'template.json',
      code: '{"Resources": {"Detector": {"Type": "AWS::GuardDuty::Detector", "Properties": {"Enable": "false"}}}}',
      errors: [{ line: 1, column: 90, endLine: 1, endColumn: 97 }],
    },
  ],
});

describe('guardduty-disabled fix', () => {
  it('turns the detector on in one edit', () => {
    const [r] = reportsOf('guardduty-disabled', detector('false'));
    expect(r.fix?.replacement).toBe('true');
  });
});
