import { dedent, ruleTester } from '../rule-tester.js';

const listener = (protocol: string, policy?: string) =>
  `Resources:\n  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Protocol: ${protocol}\n${policy ? `      SslPolicy: ${policy}\n` : ''}`;

ruleTester('elb-outdated-tls-policy', {
  valid: [
    { name: 'TLS 1.3 and 1.2', code: listener('HTTPS', 'ELBSecurityPolicy-TLS13-1-2-2021-06') },
    { name: 'TLS 1.2 only', code: listener('TLS', 'ELBSecurityPolicy-TLS-1-2-Ext-2018-06') },
    { name: 'plain HTTP (elb-http-listener reports it)', code: listener('HTTP') },
    {
      name: 'classic: HTTPS with the TLS 1.2 reference policy by name, SSL with a custom TLS 1.2-only policy by port, TCP',
      code: dedent(`
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Listeners:
                - {LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, PolicyNames: [Tls12]}
                - {LoadBalancerPort: "8443", InstancePort: "8443", Protocol: SSL}
                - {LoadBalancerPort: "22", InstancePort: "22", Protocol: TCP}
              Policies:
                - PolicyName: Tls12
                  PolicyType: SSLNegotiationPolicyType
                  Attributes:
                    - {Name: Reference-Security-Policy, Value: ELBSecurityPolicy-TLS-1-2-2017-01}
                - PolicyName: Custom
                  PolicyType: SSLNegotiationPolicyType
                  LoadBalancerPorts: ["8443"]
                  Attributes:
                    - {Name: Protocol-TLSv1.2, Value: "true"}
                    - {Name: Protocol-TLSv1, Value: "false"}
                    - {Name: ECDHE-RSA-AES128-GCM-SHA256, Value: "true"}
      `),
    },
  ],
  invalid: [
    {
      name: 'the 2016-08 policy',
      code: listener('HTTPS', 'ELBSecurityPolicy-2016-08'),
      errors: [{ line: 6, column: 18, endLine: 6, endColumn: 43, severity: 'medium' }],
    },
    {
      name: 'TLS13-1-1 still allows TLS 1.1',
      code: listener('TLS', 'ELBSecurityPolicy-TLS13-1-1-2021-06'),
      errors: [{ line: 6, column: 18, endLine: 6, endColumn: 53 }],
    },
    {
      name: 'no policy (the default allows TLS 1.0)',
      code: listener('HTTPS'),
      errors: [{ line: 5, column: 17, endLine: 5, endColumn: 22, message: /default/ }],
    },
    {
      name: 'classic: HTTPS without a policy (AWS associates ELBSecurityPolicy-2016-08), SSL on the 2016-08 reference, a custom policy with TLS 1.0',
      code: dedent(`
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Listeners:
                - LoadBalancerPort: "443"
                  InstancePort: "80"
                  Protocol: HTTPS
                - {LoadBalancerPort: "993", InstancePort: "993", Protocol: SSL, PolicyNames: [Old]}
                - {LoadBalancerPort: "8443", InstancePort: "8443", Protocol: https, PolicyNames: [Custom]}
              Policies:
                - PolicyName: Old
                  PolicyType: SSLNegotiationPolicyType
                  Attributes:
                    - Name: Reference-Security-Policy
                      Value: ELBSecurityPolicy-2016-08
                - PolicyName: Custom
                  PolicyType: SSLNegotiationPolicyType
                  Attributes:
                    - {Name: Protocol-TLSv1.2, Value: "true"}
                    - {Name: Protocol-TLSv1, Value: "true"}
      `),
      errors: [
        {
          line: 8,
          column: 21,
          endLine: 8,
          endColumn: 26,
          severity: 'medium',
          resource: 'Lb',
          message: /HTTPS listener on port 443 names no SSL negotiation policy/,
        },
        {
          line: 16,
          column: 22,
          endLine: 16,
          endColumn: 47,
          message: /SSL listener on port 993 allows TLS below 1.2 \(it references ELBSecurityPolicy-2016-08/,
        },
        {
          line: 21,
          column: 15,
          endLine: 21,
          endColumn: 52,
          message: /HTTPS listener on port 8443 .*enables Protocol-TLSv1\)/,
        },
      ],
    },
  ],
});
