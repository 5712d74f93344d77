import { ruleTester } from '../rule-tester.js';
import { GOOD_TRAIL, trail } from './trail.js';

ruleTester('cloudtrail-no-cloudwatch', {
  valid: [{ name: 'delivering to a log group', code: GOOD_TRAIL }],
  invalid: [
    { name: 'S3 only', code: trail('      IsMultiRegionTrail: true\n'), errors: [{ line: 2, severity: 'low' }] },
  ],
});
