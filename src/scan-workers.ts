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
 * 0.78–0.88× at 5,000.
 */
export const MIN_FILES_FOR_WORKERS = 2000;

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
 * Every file's scan, in the order of `files`; rejects if a worker fails. This thread is one of the
 * `jobs`: it scans batches too (`here`), between handling the workers' messages, so two jobs
 * start one worker, and the files are being scanned while it starts. `received` sees each
 * worker's scan as it arrives, while the copies it holds can still be dropped.
 */
export async function scanInWorkers(
  files: Candidate[],
  ctx: FileContext,
  ruleIds: string[],
  jobs: number,
  here: (c: Candidate) => FileScan,
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
      const w = new Worker(entry!, { workerData: setup });
      workers.push(w);
      let done = false;
      // Two batches in flight: the next one is queued while this thread is busy with its own
      // batch and cannot answer, so the worker never waits for it.
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
    for (let b = claim(); b && !failed; b = claim()) {
      for (let i = 0; i < b.files.length; i++) {
        out[b.start + i] = here(b.files[i]);
        // Now and then, let the workers' results in and hand them their next batch.
        if (i % 4 === 3) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([inThisThread(), ...Array.from({ length: jobs - 1 }, inWorker)]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
