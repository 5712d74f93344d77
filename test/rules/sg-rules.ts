/** Security-group templates shared by the network rule tests. */
export const sg = (rules: string) =>
  `Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: test\n      SecurityGroupIngress:\n${rules}`;

export const rule = (protocol: string, from: string | null, to: string | null, cidr: string, field = 'CidrIp') =>
  `        - IpProtocol: '${protocol}'\n${from === null ? '' : `          FromPort: ${from}\n`}${to === null ? '' : `          ToPort: ${to}\n`}          ${field}: ${cidr}\n`;
