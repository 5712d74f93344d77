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

  it('does not repeat a parameter the message already names', () => {
    const code = dedent(`
      Parameters:
        ApiToken: { Type: String, Default: tok_9f8e7d6c5b4a39281706f5e4 }
      Resources:
        Fn:
          Type: AWS::Lambda::Function
          Properties:
            Runtime: python3.12
            Handler: index.handler
            Role: arn:aws:iam::111122223333:role/fn
            Code: { ZipFile: 'def handler(e, c): pass' }
            Environment:
              Variables:
                API_TOKEN: !Ref ApiToken
    `);
    const [f] = findingsOf({ name: '', code }).filter((x) => x.ruleId === 'hardcoded-secret');
    expect(f.message).toMatch(/parameter ApiToken/);
    expect(f.message).not.toMatch(/Default of parameter/);
  });
});
