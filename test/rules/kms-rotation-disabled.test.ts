import { ruleTester } from '../rule-tester.js';

const key = (props: string) => `Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n${props}`;

ruleTester('kms-rotation-disabled', {
  valid: [
    { name: 'rotation on', code: key('      EnableKeyRotation: true\n') },
    { name: 'an asymmetric key cannot rotate', code: key('      KeySpec: RSA_2048\n      KeyUsage: SIGN_VERIFY\n') },
  ],
  invalid: [
    {
      name: 'rotation off',
      code: key('      EnableKeyRotation: false\n'),
      errors: [{ line: 5, column: 26, endLine: 5, endColumn: 31, severity: 'medium' }],
    },
    {
      name: 'rotation not set',
      code: key('      Description: app key\n'),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 6, message: /not set/ }],
    },
  ],
});
