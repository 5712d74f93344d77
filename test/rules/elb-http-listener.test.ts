import { dedent, ruleTester } from '../rule-tester.js';

const listener = (protocol: string, actions: string) =>
  dedent(`
    Resources:
      Listener:
        Type: AWS::ElasticLoadBalancingV2::Listener
        Properties:
          LoadBalancerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/a/b
          Port: 80
          Protocol: ${protocol}
          DefaultActions:
${actions}
  `);

ruleTester('elb-http-listener', {
  valid: [
    {
      name: 'HTTP that redirects to HTTPS',
      code: listener(
        'HTTP',
        '            - Type: redirect\n              RedirectConfig: { Protocol: HTTPS, Port: "443", StatusCode: HTTP_301 }',
      ),
    },
    { name: 'HTTPS', code: listener('HTTPS', '            - Type: forward\n              TargetGroupArn: tg') },
    {
      name: 'TCP on a network load balancer',
      code: listener('TCP', '            - Type: forward\n              TargetGroupArn: tg'),
    },
  ],
  invalid: [
    {
      name: 'HTTP forwarding',
      code: listener('HTTP', '            - Type: forward\n              TargetGroupArn: tg'),
      errors: [{ line: 7, column: 17, endLine: 7, endColumn: 21, severity: 'high' }],
    },
    {
      name: 'a classic ELB with an HTTP listener',
      code: 'Resources:\n  Elb:\n    Type: AWS::ElasticLoadBalancing::LoadBalancer\n    Properties:\n      Listeners:\n        - { LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP }\n',
      errors: [{ line: 6, column: 67, endLine: 6, endColumn: 71, message: /HTTP listener/ }],
    },
  ],
});
