import { dedent, ruleTester } from '../rule-tester.js';

const service = (line: string): string =>
  dedent(`
    Resources:
      EndpointService:
        Type: AWS::EC2::VPCEndpointService
        Properties:
          NetworkLoadBalancerArns: [arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/nlb/1]
${line}
  `);

ruleTester('vpc-endpoint-service-auto-accept', {
  valid: [
    { name: 'AcceptanceRequired true', code: service('          AcceptanceRequired: true') },
    {
      name: 'a value that cannot be resolved',
      code: dedent(`
        Parameters:
          Accept:
            Type: String
        Resources:
          EndpointService:
            Type: AWS::EC2::VPCEndpointService
            Properties:
              AcceptanceRequired: !Ref Accept
      `),
    },
  ],
  invalid: [
    {
      name: 'AcceptanceRequired false',
      code: service('          AcceptanceRequired: false'),
      errors: [
        {
          line: 6,
          column: 27,
          endLine: 6,
          endColumn: 32,
          severity: 'low',
          resource: 'EndpointService',
          message: /is false/,
        },
      ],
    },
    {
      // The EC2 API accepts connections automatically when AcceptanceRequired is left out.
      name: 'AcceptanceRequired not set',
      code: service(''),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 18, message: /not set/ }],
    },
  ],
});
