import { ruleTester } from '../rule-tester.js';
import { GOOD_TRAIL, trail } from './trail.js';

ruleTester('cloudtrail-no-log-validation', {
  valid: [{ name: 'validation on', code: GOOD_TRAIL }],
  invalid: [
    {
      name: 'false',
      code: trail('      EnableLogFileValidation: false\n'),
      errors: [{ line: 7, column: 32, severity: 'medium' }],
    },
    { name: 'not set', code: trail(''), errors: [{ line: 2 }] },
  ],
});
