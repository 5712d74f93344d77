/**
 * `npm run bench`: the speed and memory of a scan, as a user meets them, against a floor.
 *
 * For each size (1,000 and 5,000 templates by default; BENCH_SIZES=1000,5000,20000 for more), it
 * generates the templates (half YAML, half JSON: roles, resource policies, buckets, functions,
 * tables, security groups, load balancers) under a temporary folder, then runs, alternately and
 * BENCH_ROUNDS times (3), two cold processes: the bundled CLI scanning the folder (offline rules,
 * JSON report to a file) and the floor, a process that only reads and parses the same files with
 * the same parser (bench/floor.ts). It prints the medians, their ratio, templates per second and
 * each process's peak RSS (its own `maxRSS`, worker threads included). Both programs are bundled
 * from the sources into the temporary folder; nothing is written inside the repository.
 *
 * It also times, in the same rounds, two floor processes started together on the two halves of
 * the files: what the machine's cores give to reading and parsing alone, with nothing to share.
 * A scan does that work and more, so this is a bound on what a scan split across the same cores
 * can reach.
 *
 * And, in the same rounds, the scan with the other choice of threads (`--jobs 1` where the scan
 * would use a thread per core, `--jobs <cores>` where it would use one): whether worker threads
 * pay at this size, measured rather than assumed. The two reports must be the same.
 *
 * BENCH_BASE=<commit> also bundles the CLI as it was at that commit (its sources taken with
 * `git archive` into the temporary folder, built against this checkout's node_modules) and times
 * it in the same rounds, on the same files: whether a change made scans slower or larger, in one
 * run rather than across runs on a machine whose speed drifts.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from './generate.js';
import { MIN_FILES_FOR_WORKERS } from '../src/scan/workers.js';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET_RATIO = 1.0;
const TARGET_RSS_MB = 400;
const BASE = process.env.BENCH_BASE;

interface Run {
  ms: number;
  rssMb: number;
  /** User and system CPU time of every thread, in ms. */
  cpuMs: number;
  status: number | null;
  stdout: string;
}

/**
 * Each child reports its own peak RSS on exit (worker threads share the process's): VmHWM of its
 * memory map on Linux, as `maxRSS` (getrusage) also counts the forked parent's pages, here the
 * bench process holding the generated templates. And the CPU time it used, every thread of it
 * (V8's compiler and collector threads too): on a shared machine the CPU a program needs varies
 * far less from run to run than its wall time.
 */
const REPORT_RSS = `data:text/javascript,import { readFileSync } from 'node:fs';process.on('exit',()=>{const u=process.resourceUsage();let kb=u.maxRSS;try{kb=Number(/VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status','utf8'))[1])}catch{}process.stderr.write('\\nmaxrss='+kb+' cpu='+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;

function run(script: string, args: string[], cwd: string): Run {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', REPORT_RSS, script, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true' },
  });
  const ms = performance.now() - t;
  const rss = /maxrss=(\d+)/.exec(r.stderr ?? '');
  if (!rss) throw new Error(`${path.basename(script)} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const cpu = /cpu=(\d+)/.exec(r.stderr);
  return { ms, rssMb: Number(rss[1]) / 1024, cpuMs: Number(cpu?.[1]) / 1000, status: r.status, stdout: r.stdout };
}

/** Wall time until every one of these processes, started together, has ended. */
async function together(script: string, argsEach: string[][], cwd: string): Promise<number> {
  const t = performance.now();
  await Promise.all(
    argsEach.map(
      (args) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, [script, ...args], { cwd, stdio: 'ignore' });
          child.on('error', reject);
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')}: exit ${code}`))));
        }),
    ),
  );
  return performance.now() - t;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function bundle(entry: string, out: string): string {
  execFileSync('npx', ['--no-install', 'ncc', 'build', entry, '-o', out, '--target', 'es2022', '--quiet'], {
    stdio: 'inherit',
  });
  return path.join(out, 'index.js');
}

function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
}

/**
 * The CLI as it was at `ref`: its tree exported into the temporary folder (nothing written to the
 * repository or its .git), built with this checkout's node_modules.
 */
function bundleAt(ref: string, tmp: string): { script: string; name: string; short: string } {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  const sha = git('rev-parse', '--verify', `${ref}^{commit}`);
  const src = path.join(tmp, 'base-src');
  mkdirSync(src);
  execFileSync('sh', ['-c', 'git archive "$1" | tar -x -C "$2"', 'sh', sha, src]);
  symlinkSync(path.resolve('node_modules'), path.join(src, 'node_modules'), 'dir');
  const script = bundle(path.join(src, 'src/cli.ts'), path.join(tmp, 'base-cli'));
  const short = sha.slice(0, 7);
  return { script, short, name: `${short} (${git('log', '-1', '--format=%s', sha).slice(0, 72)})` };
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'policygate-bench-'));
  try {
    const cli = bundle('src/cli.ts', path.join(tmp, 'cli'));
    const floor = bundle('bench/floor.ts', path.join(tmp, 'floor'));
    const base = BASE ? bundleAt(BASE, tmp) : undefined;
    const rows: string[][] = [];
    const baseRows: string[][] = [];
    for (const n of SIZES) {
      const dir = path.join(tmp, `t${n}`);
      generate(dir, n);
      const report = path.join(tmp, `report-${n}.json`);
      const otherReport = path.join(tmp, `report-${n}-other.json`);
      const scanArgs = (out: string) => ['scan', '.', '--format', 'json', '--output', out, '--access-analyzer', 'off'];
      // What the scan chooses by itself (src/scan/scan.ts), and the other choice, given explicitly.
      const threads = n >= MIN_FILES_FOR_WORKERS ? availableParallelism() : 1;
      const otherThreads = threads > 1 ? 1 : availableParallelism();
      const floors: Run[] = [];
      const scans: Run[] = [];
      const others: Run[] = [];
      const halves: number[] = [];
      const bases: Run[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        floors.push(run(floor, [dir], dir));
        scans.push(run(cli, scanArgs(report), dir));
        if (base) bases.push(run(base.script, scanArgs(path.join(tmp, 'report-base.json')), dir));
        others.push(run(cli, [...scanArgs(otherReport), '--jobs', String(otherThreads)], dir));
        halves.push(
          await together(
            floor,
            [
              [dir, '0/2'],
              [dir, '1/2'],
            ],
            dir,
          ),
        );
      }
      for (const s of [...scans, ...others, ...bases])
        if (s.status !== 0 && s.status !== 1) throw new Error(`the scan failed (${s.status})`);
      if (!readFileSync(report).equals(readFileSync(otherReport)))
        throw new Error(`the report on ${otherThreads} thread(s) differs from the one on ${threads}`);
      if (Number(floors[0].stdout) !== n)
        throw new Error(`the floor parsed ${floors[0].stdout.trim()} files, not ${n}`);
      const reportMb = statSync(report).size / 1048576;
      const summary = (
        JSON.parse(readFileSync(report, 'utf8')) as { summary: { templates?: number; findings: number } }
      ).summary;
      if (summary.templates !== undefined && summary.templates !== n) {
        throw new Error(`the scan recognised ${summary.templates} templates, not ${n}`);
      }
      const f = median(floors.map((r) => r.ms));
      const s = median(scans.map((r) => r.ms));
      const h = median(halves);
      const o = median(others.map((r) => r.ms));
      // Each process's own peak; the median of the rounds, and the highest (noisy on a busy machine).
      const rss = (runs: Run[]) =>
        `${median(runs.map((r) => r.rssMb)).toFixed(0)} MB (max ${Math.max(...runs.map((r) => r.rssMb)).toFixed(0)})`;
      rows.push([
        n.toLocaleString('en-US'),
        `${f.toFixed(0)} ms`,
        `${s.toFixed(0)} ms`,
        `${(s / f).toFixed(2)}×`,
        `${threads}`,
        `${otherThreads}: ${o.toFixed(0)} ms (${(o / f).toFixed(2)}×, ${(o / s).toFixed(2)}× the scan)`,
        `${h.toFixed(0)} ms (${(h / f).toFixed(2)}×)`,
        (n / (s / 1000)).toFixed(0),
        rss(scans),
        rss(floors),
        `${summary.findings.toLocaleString('en-US')} / ${reportMb.toFixed(0)} MB`,
      ]);
      if (base) {
        const b = median(bases.map((r) => r.ms));
        const cpuThen = median(bases.map((r) => r.cpuMs));
        const cpuNow = median(scans.map((r) => r.cpuMs));
        baseRows.push([
          n.toLocaleString('en-US'),
          `${b.toFixed(0)} ms`,
          `${s.toFixed(0)} ms`,
          `${(s / b).toFixed(2)}×`,
          `${cpuThen.toFixed(0)} ms`,
          `${cpuNow.toFixed(0)} ms`,
          `${(cpuNow / cpuThen).toFixed(2)}×`,
          rss(bases),
          rss(scans),
        ]);
      }
      rmSync(dir, { recursive: true, force: true });
      rmSync(otherReport, { force: true });
    }
    const head = [
      'templates',
      'read+parse',
      'scan',
      'scan/floor',
      'threads',
      'scan on other threads',
      'read+parse, 2 halves together',
      'templates/s',
      'scan peak RSS',
      'floor peak RSS',
      'findings / JSON report',
    ];
    console.log(
      `cold processes (node ${process.version}), medians of ${ROUNDS} alternating runs; ${availableParallelism()} cores, load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    printTable(head, rows);
    console.log(
      `targets: scan/floor <= ${TARGET_RATIO.toFixed(1)}× at 1,000 and 5,000 templates (2 cores); scan peak RSS at 5,000 <= ${TARGET_RSS_MB} MB; 20,000 completes (BENCH_SIZES=20000)`,
    );
    if (base) {
      console.log(`\nagainst ${base.name}, in the same rounds:`);
      printTable(
        [
          'templates',
          `scan at ${base.short}`,
          'scan now',
          'now/then',
          `CPU at ${base.short}`,
          'CPU now',
          'now/then',
          `peak RSS at ${base.short}`,
          'peak RSS now',
        ],
        baseRows,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
