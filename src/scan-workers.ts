/**
 * Large scans across worker threads: each worker reads, parses and runs the rules on batches of
 * files handed out in order, and the results are put back in file order, so the report is the
 * same whatever the number of workers. A worker starts from the running script itself (the CLI
 * and the Action are each one bundled file), told apart by its workerData.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Candidate } from './files/discover.js';
import type { FileContext, FileScan, scanFile as ScanFileFn } from './scan-file.js';
import type { Rule } from './rules/types.js';

/**
 * Below this many files a scan stays in one thread. A second thread costs its start (loading the
 * bundle, about 0.3 s) and its own warm-up of the parser and rules (JIT, garbage collection):
 * about 40 % more CPU in all. Measured on the 2 shared cores (load 1.4–2.8, medians), two jobs
 * against one: 1.33× the time at 300 files, 1.17× at 600, 1.08× at 1,000, 0.91–1.01× at 2,000,
 * 0.78–0.88× at 5,000 (measured when this thread scanned batches too).
 */
export const MIN_FILES_FOR_WORKERS = 2000;

/**
 * A worker's young generation (where the parser's short-lived objects live): Node 24 lets it grow
 * to 128 MB per thread, Node 20 to 48 MB. 48 MB kept a 5,000-template scan's peak at about 435 MB
 * (64 MB: 490–560, 96 MB: 485–495) in the same time; 24 MB cost 30 % more time for nothing.
 */
const YOUNG_GENERATION_MB = 48;

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
    const scans = b.files.map((c) => scanFile(c, ctx, rules, false));
    parentPort!.postMessage({ start: b.start, scans });
  });
}

/**
 * Every file's scan, in the order of `files`; rejects if a worker fails. Each of the `jobs` is a
 * worker; this thread only hands out batches and gathers the results (`received` sees each scan
 * as it arrives). It used to scan batches too, but then its heap held the parser's garbage as
 * well as every finding: at 5,000 templates on two jobs the peak RSS was about 595 MB, and 435 MB
 * with two workers and this thread gathering (3 % more time).
 */
export async function scanInWorkers(
  files: Candidate[],
  ctx: FileContext,
  ruleIds: string[],
  jobs: number,
  received: (s: FileScan) => void = () => {},
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
  try {
    await Promise.all(Array.from({ length: jobs }, inWorker));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
