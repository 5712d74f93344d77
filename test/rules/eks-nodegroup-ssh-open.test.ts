import { dedent, ruleTester } from '../rule-tester.js';

const nodegroup = (lines: string): string =>
  dedent(`
    Resources:
      Nodes:
        Type: AWS::EKS::Nodegroup
        Properties:
          ClusterName: prod
          NodeRole: arn:aws:iam::111122223333:role/nodes
          Subnets: [subnet-1, subnet-2]
${lines}
  `);

ruleTester('eks-nodegroup-ssh-open', {
  valid: [
    { name: 'no RemoteAccess', code: nodegroup('') },
    {
      name: 'SSH from a bastion security group',
      code: nodegroup(
        '          RemoteAccess:\n            Ec2SshKey: ops\n            SourceSecurityGroups: [sg-0bastion]',
      ),
    },
  ],
  invalid: [
    {
      name: 'an SSH key and no source security groups',
      code: nodegroup('          RemoteAccess:\n            Ec2SshKey: ops'),
      errors: [
        {
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 19,
          severity: 'high',
          resource: 'Nodes',
          message: /0\.0\.0\.0\/0/,
        },
      ],
    },
    {
      name: 'an empty source list',
      code: nodegroup('          RemoteAccess:\n            Ec2SshKey: ops\n            SourceSecurityGroups: []'),
      errors: [{ line: 8, column: 7, endLine: 8, endColumn: 19 }],
    },
  ],
});
