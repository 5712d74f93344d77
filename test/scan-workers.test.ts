/**
 * A scan split across worker threads, through the bundled CLI (dist/cli.js; `npm run build`
 * first), as the threads start from the bundle itself: the report is the same, byte for byte,
 * whatever the number of threads, with nested stacks, masked secrets, suppressions, a broken
 * file and an unreadable one among the files.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from '../bench/generate.js';
import { dedent } from './rule-tester.js';
import { startAccessAnalyzer } from './access-analyzer-server.js';
import { MIN_FILES_FOR_WORKERS } from '../src/scan/workers.js';

const CLI = path.resolve('dist/cli.js');

function folder(templates: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-workers-'));
  generate(path.join(dir, 'generated'), templates);
  const files: Record<string, string> = {
    'stacks/main.yaml': dedent(`
      Parameters:
        Cidr: { Type: String, Default: 0.0.0.0/0 }
      Resources:
        Network:
          Type: AWS::CloudFormation::Stack
          Properties:
            TemplateURL: ./network/bastion.yaml
            Parameters:
              AdminCidr: !Ref Cidr
    `),
    'stacks/network/bastion.yaml': dedent(`
      Parameters:
        AdminCidr: { Type: String }
      Resources:
        Bastion:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: rdp
            SecurityGroupIngress:
              - { IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: !Ref AdminCidr }
    `),
    'secrets.yaml': dedent(`
      Parameters:
        DbPassword: { Type: String, NoEcho: true, Default: hunter2-very-secret }
      Resources:
        Db:
          Type: AWS::RDS::DBInstance
          Properties:
            MasterUserPassword: hunter2-very-secret
            Engine: postgres
        Role:
          Type: AWS::IAM::Role
          Metadata: { policygate: { ignore: [{ rule: iam-wildcard-action, reason: fixture }] } }
          Properties:
            AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }
            Policies: [{ PolicyName: p, PolicyDocument: { Statement: [{ Effect: Allow, Action: "*", Resource: "*" }] } }]
    `),
    'broken.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [\n',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
  return dir;
}

/** Loaded first by the process: says on standard error, as it exits, the flags Node runs with. */
const SAY_FLAGS = `data:text/javascript,process.on('exit',()=>process.stderr.write('flags='+JSON.stringify(process.execArgv)+'\\n'))`;

function scan(cwd: string, jobs?: number, env: NodeJS.ProcessEnv = {}) {
  const args = ['scan', '.', '--format', 'json', '--access-analyzer', 'off', ...(jobs ? ['--jobs', String(jobs)] : [])];
  const r = spawnSync(process.execPath, ['--import', SAY_FLAGS, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    // Node says on standard error when a worker thread is created.
    env: { ...process.env, NODE_DEBUG: 'worker', ...env },
  });
  const threads = (r.stderr.match(/create new worker/g) ?? []).length;
  const flags = JSON.parse(/^flags=(.*)$/m.exec(r.stderr)?.[1] ?? 'null') as string[] | null;
  return { code: r.status, stdout: r.stdout, threads, flags };
}

describe('scan across worker threads', () => {
  const cwd = folder(60);
  const one = scan(cwd, 1);

  it('one job scans in this thread, and the report has every kind of result', () => {
    expect(one.code).toBe(1);
    expect(one.threads).toBe(0);
    expect(one.flags).toEqual(['--import', SAY_FLAGS]);
    const report = JSON.parse(one.stdout);
    expect(report.summary.files).toBe(64);
    const rules = new Set(report.findings.map((f: { ruleId: string }) => f.ruleId));
    for (const id of ['parse-error', 'sg-open-admin-port', 'elb-http-listener', 'iam-wildcard-action']) {
      expect(rules).toContain(id);
    }
    expect(
      report.findings.some((f: { message: string }) => /Found with the parameters stacks\/main\.yaml/.test(f.message)),
    ).toBe(true);
    expect(report.findings.some((f: { suppressed: boolean }) => f.suppressed)).toBe(true);
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: 'pipe.yaml' }));
    expect(one.stdout).not.toContain('hunter2-very-secret');
  });

  it.each([2, 3])('%i jobs start workers and give the same report, byte for byte', (jobs) => {
    const many = scan(cwd, jobs);
    // This thread is one of the jobs, beside jobs - 1 workers.
    expect(many.threads).toBe(jobs - 1);
    expect(many.code).toBe(one.code);
    expect(many.stdout).toBe(one.stdout);
  });

  it('--jobs must be a whole number: one line, exit 2', () => {
    for (const bad of ['0', 'two', '1.5']) {
      const r = spawnSync(process.execPath, [CLI, 'scan', '.', '--jobs', bad], { cwd, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/--jobs/);
    }
  });

  it('a small scan without --jobs stays in one thread', () => {
    const auto = scan(cwd);
    expect(auto.threads).toBe(0);
    expect(auto.stdout).toBe(one.stdout);
  });
});

describe('a scan of MIN_FILES_FOR_WORKERS files', () => {
  // Enough files to start workers without --jobs; small ones, so it is quick.
  const cwd = mkdtempSync(path.join(tmpdir(), 'pg-workers-large-'));
  const tiny = (i: number) =>
    i % 2
      ? JSON.stringify({
          Resources: {
            Sg: {
              Type: 'AWS::EC2::SecurityGroup',
              Properties: {
                GroupDescription: `g${i}`,
                SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }],
              },
            },
          },
        })
      : `Resources:\n  Bucket${i}:\n    Type: AWS::S3::Bucket\n`;
  for (let i = 0; i < MIN_FILES_FOR_WORKERS; i++) {
    writeFileSync(path.join(cwd, `t${String(i).padStart(4, '0')}.${i % 2 ? 'json' : 'yaml'}`), tiny(i));
  }

  it('from that many files, without --jobs, a job per core gives the same report as one thread', () => {
    const one = scan(cwd, 1);
    const auto = scan(cwd);
    expect(one.threads).toBe(0);
    expect(JSON.parse(one.stdout).summary.files).toBe(MIN_FILES_FOR_WORKERS);
    // This thread is one of the jobs.
    expect(auto.threads).toBe(availableParallelism() - 1);
    expect(auto.stdout).toBe(one.stdout);
    const three = scan(cwd, 3);
    expect(three.threads).toBe(2);
    expect(three.stdout).toBe(one.stdout);
  });

  it('never restarts itself: a large scan runs with the flags it was started with', () => {
    const large = scan(cwd, 1);
    expect(large.code).toBe(1);
    expect(large.flags).toEqual(['--import', SAY_FLAGS]);
    // A user who wants a smaller young generation says so to Node; the report is the same.
    const given = scan(cwd, 1, { NODE_OPTIONS: '--max-semi-space-size=16' });
    expect(given.stdout).toBe(large.stdout);
    expect(JSON.parse(given.stdout).summary.files).toBe(MIN_FILES_FOR_WORKERS);
  });
});

/** A stand-in EC2 instance metadata service (IMDSv2) that gives a role's credentials. */
async function startInstanceMetadata(): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    if (req.method === 'PUT' && req.url === '/latest/api/token') return void res.end('token');
    if (req.url === '/latest/meta-data/iam/security-credentials/') return void res.end('ci-role');
    if (req.url === '/latest/meta-data/iam/security-credentials/ci-role') {
      const expiration = new Date(Date.now() + 3600_000).toISOString();
      return void res.end(
        JSON.stringify({
          Code: 'Success',
          AccessKeyId: 'AKIDEXAMPLE',
          SecretAccessKey: 's',
          Token: 't',
          Expiration: expiration,
        }),
      );
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

describe('Access Analyzer with credentials only from the instance metadata service', () => {
  it('runs on the policies of a scan that did not keep its models, in one thread or several', async () => {
    const imds = await startInstanceMetadata();
    const aa = await startAccessAnalyzer();
    const cwd = mkdtempSync(path.join(tmpdir(), 'pg-imds-'));
    for (const dir of ['a', 'b']) {
      mkdirSync(path.join(cwd, dir));
      copyFileSync('examples/policies/developer.json', path.join(cwd, dir, 'developer.json'));
    }
    try {
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: cwd,
        AWS_REGION: 'eu-west-1',
        AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.url,
        AWS_ENDPOINT_URL_ACCESSANALYZER: aa.url,
      };
      const reports: string[] = [];
      for (const jobs of ['1', '2']) {
        const stdout = await new Promise<string>((resolve) => {
          const child = spawn(
            process.execPath,
            [CLI, 'scan', '.', '--format', 'json', '--access-analyzer', 'auto', '--jobs', jobs],
            { cwd, env },
          );
          let out = '';
          child.stdout.on('data', (d) => (out += d));
          child.on('close', () => resolve(out));
        });
        const report = JSON.parse(stdout);
        expect(report.summary.accessAnalyzer).toMatchObject({ ran: true });
        const invalid = report.findings.filter(
          (f: { ruleId: string }) => f.ruleId === 'access-analyzer/INVALID_ACTION',
        );
        expect(invalid.map((f: { file: string; line: number }) => [f.file, f.line])).toEqual([
          ['a/developer.json', 19],
          ['b/developer.json', 19],
        ]);
        reports.push(stdout);
      }
      expect(reports[1]).toBe(reports[0]);
    } finally {
      imds.close();
      await aa.close();
    }
  });
});
