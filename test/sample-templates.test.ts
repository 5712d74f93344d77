/**
 * Templates written in the spirit of AWS's public samples (language extensions, Rules, a parent
 * with a nested stack and a SAM application), scanned from disk: no parse-error, and the findings
 * their expanded or resolved content deserves.
 */
import path from 'node:path';
import { scan } from '../src/scan/scan.js';

const cwd = path.resolve('test/fixtures/samples');

describe('sample templates', () => {
  let result: Awaited<ReturnType<typeof scan>>;
  beforeAll(async () => {
    result = await scan({ cwd, files: { paths: ['.'] } });
  });

  it('are all read: five templates, no parse-error, no warning', () => {
    expect(result.templates).toBe(5);
    expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('Fn::ForEach over a parameter list and a mapping: the public tier subnets, by their own ids', () => {
    const subnets = result.findings.filter((f) => f.ruleId === 'subnet-auto-public-ip');
    expect(subnets.map((f) => [f.file, f.resource, f.line])).toEqual([
      ['vpc-foreach.yaml', 'publicSubnet0', 49],
      ['vpc-foreach.yaml', 'publicSubnet1', 49],
    ]);
  });

  it("the bastion's RDP rule is open through the root's default, and says so", () => {
    const rdp = result.findings.filter((f) => f.ruleId === 'sg-open-admin-port');
    expect(rdp.map((f) => [f.file, f.resource, f.line])).toEqual([['nested/bastion.yaml', 'BastionSecurityGroup', 26]]);
    expect(rdp[0].message).toMatch(/with the parameters nested\/root\.yaml passes to it as Bastion/);
  });
});
