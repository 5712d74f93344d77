import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IAMClient } from '@aws-sdk/client-iam';
import { scan } from '../src/scan/scan.js';
import { startIam } from './iam-server.js';

const role = (arns: string[]) =>
  `Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]\n      ManagedPolicyArns: [${arns.join(', ')}]\n`;

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-managed-'));
  const git = (...a: string[]) =>
    execFileSync('git', ['-c', 'user.email=a@b.c', '-c', 'user.name=a', ...a], { cwd: dir });
  git('init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, 'role.yaml'), role(['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess']));
  git('add', '.');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'f');
  writeFileSync(path.join(dir, 'role.yaml'), role(['arn:aws:iam::aws:policy/AdministratorAccess']));
  git('commit', '-qam', 'head');
  return dir;
}

const iamClient = (url: string) =>
  new IAMClient({
    region: 'us-east-1',
    endpoint: url,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 's' },
    maxAttempts: 1,
  });

describe('managed policies by ARN in the permission diff', () => {
  it('are fetched through IAM and expanded', async () => {
    const iam = await startIam();
    try {
      const result = await scan({
        cwd: repo(),
        files: { paths: ['.'] },
        compareWith: 'main',
        iamClient: iamClient(iam.url),
        accessAnalyzer: { mode: 'auto', region: 'us-east-1', checks: new Set(), sensitiveActions: [] },
      });
      const change = result.changes!.find((c) => c.policy === 'managed policies')!;
      expect(change.added).toEqual([
        expect.stringMatching(/^\* \(\d+ actions\) on \* \(via arn:aws:iam::aws:policy\/AdministratorAccess\)$/),
      ]);
      expect(change.removed.join('\n')).toMatch(
        /^\d+ s3 actions \(s3:Get\w+, .*\) on \* \(via arn:aws:iam::aws:policy\/AmazonS3ReadOnlyAccess\)$/,
      );
      expect(iam.calls).toContain('GetPolicyVersion arn:aws:iam::aws:policy/AdministratorAccess');
    } finally {
      await iam.close();
    }
  });

  it('are named and marked not expanded when IAM refuses, or when AWS lookups are off', async () => {
    const iam = await startIam({ deny: true });
    try {
      const denied = await scan({
        cwd: repo(),
        files: { paths: ['.'] },
        compareWith: 'main',
        iamClient: iamClient(iam.url),
        accessAnalyzer: { mode: 'auto', region: 'us-east-1', checks: new Set(), sensitiveActions: [] },
      });
      expect(denied.changes!.find((c) => c.policy === 'managed policies')!.added).toEqual([
        expect.stringMatching(
          /^managed policy arn:aws:iam::aws:policy\/AdministratorAccess attached \(not expanded: IAM refused \(AccessDenied/,
        ),
      ]);
    } finally {
      await iam.close();
    }
    const off = await scan({ cwd: repo(), files: { paths: ['.'] }, compareWith: 'main' });
    expect(off.changes!.find((c) => c.policy === 'managed policies')!.added).toEqual([
      'managed policy arn:aws:iam::aws:policy/AdministratorAccess attached (not expanded: AWS lookups are off)',
    ]);
  });
});
