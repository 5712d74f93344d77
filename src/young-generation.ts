/**
 * A scan's main thread with a young generation of at most 16 MB semi-spaces.
 *
 * V8 grows a thread's young generation while much of what it allocates survives a collection,
 * and a scan's does: the tree of the file being parsed, and every finding, which the report
 * needs at the end. On Node 24 this thread's grows to 128 MB (two 64 MB semi-spaces), most of a
 * large scan's peak memory. Its limit can only be given on the command line (`v8.setFlagsFromString`
 * comes after the heap is set up; worker threads have `resourceLimits`, the main thread has
 * not), so a scan starts itself again in place, with the flag: `process.execve` replaces the
 * process (same pid, same open stdin, stdout and stderr; nothing has been read or written yet)
 * and costs what the CLI did before it: starting Node, loading the command, finding the files
 * (about 110 ms more at 5,000 templates). So only a scan of many files restarts, once they are found.
 *
 * Measured with `npm run bench`'s templates, cold processes, 2 cores, Node 24, medians of 3: at
 * 5,000 templates the peak went from 403–411 MB to 316–328 MB, in the same time within the noise
 * (4.36 s before, 4.51 s after; single runs vary by ±0.3 s), with the same report; at 20,000, 976 →
 * 858 MB. Smaller semi-spaces cost time and memory: at 8 MB, 5.34 s and 425 MB, as more
 * survivors are promoted to the old generation.
 *
 * Node before 22.15 / 23.11 has no `process.execve`, nor has Windows: the scan then runs as
 * started. So it does when the limit was already given (`node --max-semi-space-size=…`,
 * NODE_OPTIONS), or when Node was started to be debugged.
 */
const FLAG = '--max-semi-space-size';
const SEMI_SPACE_MB = 16;

let script: string | undefined;

/** Lets a large scan restart this process: the CLI's entry, started as `node SCRIPT …`. */
export function enableRestart(entry: string): void {
  script = entry;
}

/** Starts this process again with the flag, or returns (then the scan runs as started). */
export function restartWithSmallYoungGeneration(): void {
  const execve = (process as { execve?: (file: string, args: string[], env: NodeJS.ProcessEnv) => never }).execve;
  // A Node that would not take the flag would refuse to start again: keep running as started.
  if (!execve || !script || !process.allowedNodeEnvironmentFlags.has(FLAG)) return;
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''];
  if (given.some((a) => a.includes(FLAG) || a.includes('--inspect'))) return;
  try {
    execve(
      process.execPath,
      [process.execPath, `${FLAG}=${SEMI_SPACE_MB}`, ...process.execArgv, script, ...process.argv.slice(2)],
      process.env,
    );
  } catch {
    // Not allowed here (a platform without it, a sandbox): the scan runs as started.
  }
}
