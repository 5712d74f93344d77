import { analyseText } from '../src/engines/analyse.js';
import { permissionChange } from '../src/iam/permission-diff.js';

const policy = (statements: string) =>
  analyseText('p.json', `{"Version": "2012-10-17", "Statement": [${statements}]}`).model!.policies[0];

describe('the permission diff', () => {
  it('shows what a change newly allows and no longer allows, per resource', () => {
    const before = policy(
      '{"Effect": "Allow", "Action": ["s3:GetObject", "s3:DeleteObject"], "Resource": "arn:aws:s3:::b/*"}',
    );
    const after = policy(
      '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}, {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}',
    );
    expect(permissionChange(before, after)).toEqual({
      file: 'p.json',
      resource: null,
      policy: null,
      added: ['iam:PassRole on *'],
      removed: ['s3:DeleteObject on arn:aws:s3:::b/*'],
    });
  });

  it('collapses a whole service, and everything, to a wildcard with a count', () => {
    const after = policy('{"Effect": "Allow", "Action": ["s3:*", "ec2:Describe*"], "Resource": "*"}');
    const change = permissionChange(undefined, after)!;
    expect(change.added[0]).toMatch(/^\d+ ec2 actions \(ec2:Describe\w+, ec2:Describe\w+, ec2:Describe\w+, …\) on \*$/);
    expect(change.added[1]).toMatch(/^s3:\* \(\d+ actions\) on \*$/);
    expect(permissionChange(undefined, policy('{"Effect": "Allow", "Action": "*", "Resource": "*"}'))!.added).toEqual([
      expect.stringMatching(/^\* \(\d+ actions\) on \*$/),
    ]);
  });

  it('expands NotAction, subtracts a Deny on all resources, and says nothing when nothing changed', () => {
    const a = policy(
      '{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}, {"Effect": "Deny", "Action": "s3:*", "Resource": "*"}',
    );
    const added = permissionChange(undefined, a)!.added.join('\n');
    expect(added).not.toMatch(/\biam:/);
    expect(added).not.toMatch(/\bs3:/);
    expect(added).toMatch(/ec2:\* \(\d+ actions\) on \*/);
    expect(permissionChange(a, a)).toBeUndefined();
  });

  it('names the principals of resource policies', () => {
    const after = policy(
      '{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sqs:SendMessage", "Resource": "*"}',
    );
    expect(permissionChange(undefined, after)!.added).toEqual([
      'sqs:SendMessage on * for AWS:arn:aws:iam::111122223333:root',
    ]);
  });
});
