import { ruleTester } from '../rule-tester.js';
import { GOOD_TRAIL, trail } from './trail.js';

ruleTester('cloudtrail-not-encrypted', {
  valid: [{ name: 'a KMS key', code: GOOD_TRAIL }],
  invalid: [
    {
      name: 'no KMSKeyId',
      code: trail('      IsMultiRegionTrail: true\n'),
      errors: [{ line: 2, column: 3, severity: 'medium' }],
    },
  ],
});
