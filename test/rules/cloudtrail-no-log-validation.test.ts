import { ruleTester } from '../rule-tester.js';
import { GOOD_TRAIL, trail } from './trail.js';

ruleTester('cloudtrail-no-log-validation', {
  valid: [{ name: 'validation on', code: GOOD_TRAIL }],
  invalid: [
    {
      name: 'false',
      code: trail('      EnableLogFileValidation: false\n'),
      errors: [{ line: 7, column: 32, endLine: 7, endColumn: 37, severity: 'medium' }],
    },
    { name: 'not set', code: trail(''), errors: [{ line: 2, column: 3, endLine: 2, endColumn: 8 }] },
  ],
});
