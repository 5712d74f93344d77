import { ruleTester } from '../rule-tester.js';
import { GOOD_TRAIL, trail } from './trail.js';

ruleTester('cloudtrail-not-multi-region', {
  valid: [{ name: 'multi-region', code: GOOD_TRAIL }],
  invalid: [
    {
      name: 'false',
      code: trail('      IsMultiRegionTrail: false\n'),
      errors: [{ line: 7, column: 27, endLine: 7, endColumn: 32, severity: 'high' }],
    },
    { name: 'not set', code: trail(''), errors: [{ line: 2, column: 3, endLine: 2, endColumn: 8 }] },
  ],
});
