import { ruleTester } from '../rule-tester.js';

const listener = (protocol: string, policy?: string) =>
  `Resources:\n  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Protocol: ${protocol}\n${policy ? `      SslPolicy: ${policy}\n` : ''}`;

ruleTester('elb-outdated-tls-policy', {
  valid: [
    { name: 'TLS 1.3 and 1.2', code: listener('HTTPS', 'ELBSecurityPolicy-TLS13-1-2-2021-06') },
    { name: 'TLS 1.2 only', code: listener('TLS', 'ELBSecurityPolicy-TLS-1-2-Ext-2018-06') },
    { name: 'plain HTTP (elb-http-listener reports it)', code: listener('HTTP') },
  ],
  invalid: [
    {
      name: 'the 2016-08 policy',
      code: listener('HTTPS', 'ELBSecurityPolicy-2016-08'),
      errors: [{ line: 6, column: 18, severity: 'medium' }],
    },
    {
      name: 'TLS13-1-1 still allows TLS 1.1',
      code: listener('TLS', 'ELBSecurityPolicy-TLS13-1-1-2021-06'),
      errors: [{ line: 6 }],
    },
    {
      name: 'no policy (the default allows TLS 1.0)',
      code: listener('HTTPS'),
      errors: [{ line: 5, column: 7, message: /default/ }],
    },
  ],
});
