import { reportsOf, ruleTester } from '../rule-tester.js';
import { GOOD_TRAIL } from './trail.js';

const stopped = GOOD_TRAIL.replace('IsLogging: true', 'IsLogging: false');

ruleTester('cloudtrail-logging-off', {
  valid: [
    { name: 'a trail that logs', code: GOOD_TRAIL },
    {
      name: 'IsLogging behind a parameter without a default is not guessed',
      code: 'Parameters:\n  On: {Type: String}\n' + GOOD_TRAIL.replace('IsLogging: true', 'IsLogging: !Ref On'),
    },
  ],
  invalid: [
    {
      name: 'IsLogging: false',
      code: stopped,
      errors: [
        {
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 23,
          severity: 'high',
          resource: 'Trail',
          message: /records no API calls/,
        },
      ],
    },
    {
      name: "IsLogging: false from a parameter's default",
      code:
        "Parameters:\n  On: {Type: String, Default: 'false'}\n" +
        GOOD_TRAIL.replace('IsLogging: true', 'IsLogging: !Ref On'),
      errors: [{ line: 7, column: 18, endLine: 7, endColumn: 25 }],
    },
  ],
});

describe('cloudtrail-logging-off fix', () => {
  it('turns logging back on in one edit', () => {
    const [r] = reportsOf('cloudtrail-logging-off', stopped);
    expect(r.fix?.replacement).toBe('true');
    expect(stopped.slice(r.fix!.node.start, r.fix!.node.end)).toBe('false');
  });
});
