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
    const plus = /^\+\+\+ (.*)$/.exec(line);
    if (plus && current === undefined) {
      const name = diffPath(plus[1]);
      current = name === '/dev/null' ? undefined : name.replace(/^b\//, '');
      continue;
    }
    if (line.startsWith('--- ') && current === undefined) continue;
    buf.push(line);
  }
  flush();
  return out;
}

/**
 * A path as git writes it after `+++ `: a trailing tab when it holds a space (for patch(1)), and
 * C-style quotes with octal bytes when it holds a quote, a backslash, a control character or
 * (without core.quotePath=false) any non-ASCII byte.
 */
export function diffPath(raw: string): string {
  const name = raw.replace(/\t$/, '');
  if (!name.startsWith('"') || !name.endsWith('"')) return name;
  const bytes: number[] = [];
  const ESC: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
  const body = name.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(ESC[body[i + 1]] ?? body.charCodeAt(i + 1));
      i++;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
