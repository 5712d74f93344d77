import { ruleTester } from '../rule-tester.js';
import { GOOD_TRAIL, trail } from './trail.js';

ruleTester('cloudtrail-not-encrypted', {
  valid: [
    { name: 'a KMS key', code: GOOD_TRAIL },
    {
      name: 'a key behind a parameter without a default is not guessed',
      code: 'Parameters:\n  Key: {Type: String}\n' + trail('      KMSKeyId: !Ref Key\n'),
    },
  ],
  invalid: [
    {
      name: 'no KMSKeyId',
      code: trail('      IsMultiRegionTrail: true\n'),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 8, severity: 'medium' }],
    },
    {
      name: 'an empty KMSKeyId',
      code: trail("      KMSKeyId: ''\n"),
      errors: [{ line: 7, column: 7, endLine: 7, endColumn: 15, message: /KMSKeyId is empty/ }],
    },
    {
      name: 'a KMSKeyId key with no value',
      code: trail('      KMSKeyId:\n'),
      errors: [{ line: 7, column: 7, endLine: 7, endColumn: 15, message: /KMSKeyId is empty/ }],
    },
    {
      name: 'an empty KMSKeyId from a parameter default',
      code: "Parameters:\n  Key: {Type: String, Default: ''}\n" + trail('      KMSKeyId: !Ref Key\n'),
      errors: [{ line: 9, column: 7, endLine: 9, endColumn: 15, message: /KMSKeyId is empty/ }],
    },
  ],
});
