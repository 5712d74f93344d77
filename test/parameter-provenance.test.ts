/**
 * A finding on a value that is a parameter's Default says so, and names the parameter to change;
 * a value given at deploy time (or a value written in place) is reported as before.
 */
import { at, dedent, findingsOf } from './rule-tester.js';

const template = dedent(`
  Parameters:
    SSHLocation:
      Type: String
      Default: 0.0.0.0/0
  Resources:
    Bastion:
      Type: AWS::EC2::SecurityGroup
      Properties:
        GroupDescription: bastion
        SecurityGroupIngress:
          - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref SSHLocation }
`);

const ssh = (parameters?: Record<string, string>) =>
  findingsOf({ name: '', code: template, parameters }).filter((f) => f.ruleId === 'sg-open-admin-port');

describe('parameter-default provenance', () => {
  it('says the value is the Default of the parameter and where to change it', () => {
    const [f] = ssh();
    expect([f.line, f.column]).toEqual([at(template, 11, '!Ref').line, at(template, 11, '!Ref').column]);
    expect(f.message).toMatch(
      /^Bastion allows SSH \(22\) from 0\.0\.0\.0\/0 .*: the value is the Default of parameter `SSHLocation`; change that Default/,
    );
  });

  it('says nothing of Defaults when the value was given', () => {
    const [f] = ssh({ SSHLocation: '0.0.0.0/0' });
    expect(f.message).not.toMatch(/Default of parameter/);
  });
});
