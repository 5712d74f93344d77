import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('dax-unencrypted', {
  valid: [
    {
      name: 'SSE enabled',
      code: dedent(`
        Resources:
          Dax:
            Type: AWS::DAX::Cluster
            Properties:
              SSESpecification:
                SSEEnabled: true
      `),
    },
  ],
  invalid: [
    {
      name: 'no SSESpecification',
      code: 'Resources:\n  Dax:\n    Type: AWS::DAX::Cluster\n    Properties:\n      NodeType: dax.t3.small\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 6, severity: 'medium' }],
    },
    {
      name: 'SSEEnabled: false',
      code: dedent(`
        Resources:
          Dax:
            Type: AWS::DAX::Cluster
            Properties:
              SSESpecification:
                SSEEnabled: false
      `),
      errors: [{ line: 6, column: 21, endLine: 6, endColumn: 26 }],
    },
  ],
});
