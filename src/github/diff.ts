/**
 * The head-side lines a review comment may sit on: GitHub accepts a comment on an added or
 * context line of a hunk (side RIGHT) and refuses every other line with 422.
 */
export function commentableLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let right = 0;
  let inHunk = false;
  for (const raw of patch.replace(/\n$/, '').split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (header) {
      right = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk || raw.startsWith('\\')) continue; // "\ No newline at end of file"
    if (raw.startsWith('-')) continue;
    if (raw.startsWith('+') || raw.startsWith(' ') || raw === '') {
      lines.add(right);
      right++;
    }
  }
  return lines;
}

/** Splits a `git diff` of several files into each file's patch, keyed by the new path. */
export function splitGitDiff(diff: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | undefined;
  let buf: string[] = [];
  const flush = () => {
    if (current !== undefined) out.set(current, buf.join('\n'));
  };
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      flush();
      current = undefined;
      buf = [];
      continue;
    }
    const plus = /^\+\+\+ (?:b\/)?(.*)$/.exec(line);
    if (plus && current === undefined) {
      current = plus[1] === '/dev/null' ? undefined : plus[1];
      continue;
    }
    if (line.startsWith('--- ') && current === undefined) continue;
    buf.push(line);
  }
  flush();
  return out;
}
