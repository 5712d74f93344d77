/**
 * A clock for tests that never sleeps: a wait moves its time on at once. The client under test and
 * the stand-in GitHub share it, so a `retry-after` is waited out in no real time and what the
 * waits added up to can be asserted exactly, whatever the machine's load.
 */
import type { Clock } from '../src/github/client.js';

export interface TestClock extends Clock {
  /** Every wait asked for, in order (ms). */
  waits: number[];
}

export function testClock(start = Date.UTC(2026, 11, 7)): TestClock {
  let t = start;
  const waits: number[] = [];
  return {
    waits,
    now: () => t,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason as Error;
      waits.push(ms);
      t += ms;
      // Let other work run, as a real wait would.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}
