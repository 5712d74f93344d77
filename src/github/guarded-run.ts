/**
 * The Action's run, bounded and always accounted for: the `deadline` input and SIGTERM/SIGINT (a
 * cancelled or timed-out job) stop it, and however it ends (done, stopped, a crash, a usage error)
 * a check run it started is completed, never left in progress. The work itself is handed in.
 */
import { UsageError } from '../inputs/errors.js';
import { abandonCheckRun } from './check-run.js';
import { makeClient } from './client.js';

/** The run was stopped from outside: the deadline passed, or the job was cancelled. */
class Stopped extends Error {}

export interface Progress {
  stage: string;
  check?: { owner: string; repo: string; id: number; name: string; token: string; baseUrl: string };
  completed: boolean;
}

/** What the work is given: the stop signal, where it is, and the deadline to start once it is known. */
export interface Guard {
  signal: AbortSignal;
  progress: Progress;
  deadline: (minutes: number) => void;
}

const STAGES = ['reading the changed files', 'scanning', 'posting to GitHub'];

export async function guardedRun(
  work: (guard: Guard) => Promise<void>,
  log: { fail: (message: string) => void; warn: (message: string) => void },
): Promise<void> {
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => stop.abort(new Stopped(`the job was cancelled (${signal})`));
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  let timer: NodeJS.Timeout | undefined;
  const deadline = (minutes: number) => {
    timer = setTimeout(
      () =>
        stop.abort(new Stopped(`the deadline of ${minutes} minute${minutes === 1 ? '' : 's'} (input deadline) passed`)),
      minutes * 60_000,
    );
  };
  const progress: Progress = { stage: 'reading the inputs', completed: false };
  const stopped = new Promise<never>((_, reject) =>
    stop.signal.addEventListener('abort', () => reject(stop.signal.reason as Error), { once: true }),
  );
  stopped.catch(() => undefined);
  let exitNow = false;
  try {
    await Promise.race([work({ signal: stop.signal, progress, deadline }), stopped]);
  } catch (e) {
    let message: string;
    if (stop.signal.aborted) {
      const left = STAGES.slice(Math.max(0, STAGES.indexOf(progress.stage)));
      message = `PolicyGate stopped: ${(stop.signal.reason as Error).message} while ${progress.stage}. Did not finish: ${left.join(', ') || 'nothing'}.`;
      exitNow = true;
    } else message = e instanceof UsageError ? e.message : `PolicyGate failed: ${(e as Error).stack ?? e}`;
    if (progress.check && !progress.completed) await abandon(progress.check, message, log.warn);
    progress.completed = true;
    log.fail(message);
  } finally {
    clearTimeout(timer);
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
  if (progress.check && !progress.completed)
    await abandon(
      progress.check,
      'PolicyGate could not complete the check run with its result; see the job log.',
      log.warn,
    );
  // Work cut short may still be running (a scan, a request): end here, once the log is out.
  if (exitNow) {
    await new Promise((resolve) => process.stdout.write('', resolve));
    process.exit(1);
  }
}

/** The check run completed as failure with the reason, through a client the stop does not abort. */
async function abandon(
  check: NonNullable<Progress['check']>,
  reason: string,
  warn: (message: string) => void,
): Promise<void> {
  const gh = makeClient({
    token: check.token,
    baseUrl: check.baseUrl,
    warn: () => {},
    budgetMs: 5000,
    timeoutMs: 10_000,
  });
  try {
    await abandonCheckRun(gh, check, `${check.name} could not finish`, reason);
  } catch (e) {
    warn(`could not complete the ${check.name} check run: ${(e as Error).message}`);
  }
}
