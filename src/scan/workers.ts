/**
 * Large scans across worker threads: each worker reads, parses and runs the rules on batches of
 * files handed out in order, and the results are put back in file order, so the report is the
 * same whatever the number of workers. A worker starts from the running script itself (the CLI
 * and the Action are each one bundled file), told apart by its workerData.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Candidate } from '../files/discover.js';
import type { FileContext, FileScan, scanFile as ScanFileFn } from './file.js';
import type { Rule } from '../rules/types.js';

/**
 * Below this many files a scan stays in one thread. A second thread pays its own start and its
 * own warm-up: the JIT compiles the parser and the rules again for its isolate, on background
 * threads that share the same two cores, and its garbage collector runs apart. Measured as cold
 * processes on 2 cores (Node 24, medians of 3), one job against two: 1,000 files 1.42 s / 1.54 s,
 * 2,000 files 2.38 s / 2.30 s, 5,000 files 6.09 s / 4.51 s.
 */
export const MIN_FILES_FOR_WORKERS = 2000;

/**
 * A worker's young generation (where the parser's short-lived objects live; Node 24 lets one grow
 * to 128 MB). At 5,000 templates on two jobs, 16 MB: peak RSS 463 MB; 32 MB: 485; 48 MB: 486;
 * unbounded: 642; the time the same within the noise (4.4–4.7 s). Measured again without the
 * process restart (Node 24, five alternated runs each): 16 MB 401 MB, 8 MB 384 MB, 4 MB 379 MB,
 * medians 7.63, 7.73 and 7.73 s on a busy machine.
 */
const YOUNG_GENERATION_MB = 8;

interface WorkerSetup {
  policygateScanWorker: FileContext & { ruleIds: string[] };
}

interface Batch {
  start: number;
  files: Candidate[];
}

let entry: URL | string | undefined;

/** Lets scans use workers, started from this script (the entry's `import.meta.url`). */
export function enableScanWorkers(script: URL | string): void {
  entry = script;
}

export const scanWorkersEnabled = (): boolean => entry !== undefined;

/** True in a thread started by `scanInWorkers`: the entry then serves it instead of running. */
export function isScanWorker(): boolean {
  return !isMainThread && Boolean((workerData as Partial<WorkerSetup> | null)?.policygateScanWorker);
}

/**
 * A worker's side: scan each batch it is given. The rules and the parser come from `load`, not
 * from imports at the top, so an entry that is not a worker (`policygate --version`) does not
 * load them; each entry loads them its own way (the CLI from a separate file of its bundle).
 */
export async function serveScanWorker(
  load: () => Promise<{ RULES: readonly Rule[]; scanFile: typeof ScanFileFn }>,
): Promise<void> {
  const { RULES, scanFile } = await load();
  const { ruleIds, ...ctx } = (workerData as WorkerSetup).policygateScanWorker;
  const wanted = new Set(ruleIds);
  const rules = RULES.filter((r) => wanted.has(r.meta.id));
  parentPort!.on('message', (b: Batch) => {
    const scans = b.files.map((c) => scanFile(c, ctx, rules, 'worker'));
    parentPort!.postMessage({ start: b.start, scans });
  });
}

/**
 * Every file's scan, in the order of `files`; rejects if a worker fails. This thread scans
 * batches too, beside `jobs - 1` workers: it starts at once, while the workers are still loading,
 * and one thread fewer pays a start and a warm-up. (Every job a worker, with this thread only
 * gathering, was slower and took more memory: at 5,000 templates on two jobs 4.96 s and 493 MB
 * against 4.55 s and 476 MB; at 20,000, 15.9 s and 687 MB against 14.0 s and 622 MB.)
 * `received` sees each scan as it is done.
 */
export async function scanInWorkers(
  files: Candidate[],
  ctx: FileContext,
  ruleIds: string[],
  jobs: number,
  received: (s: FileScan) => void,
  here: (c: Candidate) => FileScan,
): Promise<FileScan[]> {
  if (!entry) throw new Error('scan workers are not enabled');
  const out: FileScan[] = new Array<FileScan>(files.length);
  // Small batches keep the threads evenly busy to the end; a message per file would cost more.
  const size = Math.max(1, Math.min(32, Math.ceil(files.length / (jobs * 8))));
  let next = 0;
  const claim = (): Batch | undefined => {
    if (next >= files.length) return undefined;
    const start = next;
    next = Math.min(files.length, next + size);
    return { start, files: files.slice(start, next) };
  };
  const workers: Worker[] = [];
  const setup: WorkerSetup = { policygateScanWorker: { ...ctx, ruleIds } };
  let failed: Error | undefined;
  const inWorker = () =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(entry!, {
        workerData: setup,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      workers.push(w);
      let done = false;
      // Two batches in flight: the next one is queued while this thread is busy with another
      // worker's results and cannot answer, so the worker never waits for it.
      let inFlight = 0;
      const give = (): void => {
        const b = claim();
        if (b) {
          inFlight++;
          w.postMessage(b);
        } else if (!inFlight) {
          done = true;
          resolve();
        }
      };
      w.on('message', (m: { start: number; scans: FileScan[] }) => {
        for (let i = 0; i < m.scans.length; i++) {
          received(m.scans[i]);
          out[m.start + i] = m.scans[i];
        }
        inFlight--;
        give();
      });
      w.on('error', (e) => {
        failed = e;
        reject(e);
      });
      w.on('exit', (code) => {
        if (!done) {
          failed ??= new Error(`a scan worker stopped early (exit code ${code})`);
          reject(failed);
        }
      });
      give();
      give();
    });
  const inThisThread = async (): Promise<void> => {
    for (;;) {
      // The workers' results and requests are answered between this thread's batches.
      await new Promise((resolve) => setImmediate(resolve));
      const b = claim();
      if (!b || failed) return;
      for (let i = 0; i < b.files.length; i++) {
        const s = here(b.files[i]);
        received(s);
        out[b.start + i] = s;
      }
    }
  };
  try {
    await Promise.all([...Array.from({ length: jobs - 1 }, inWorker), inThisThread()]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
