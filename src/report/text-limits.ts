/**
 * GitHub measures some limits in UTF-8 bytes (a check run's `summary` and `text`: 65,535 bytes;
 * an annotation's `message`: 64 KB) and others in characters (a title: 255; a comment body:
 * 65,536). Text cut to fit is cut between characters, never inside one: half a code point or a
 * lone surrogate would be replaced by GitHub or refuse the whole request.
 */

export const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

/** The longest prefix of `s` that is at most `maxBytes` bytes in UTF-8, ending between characters. */
export function truncateUtf8(s: string, maxBytes: number): string {
  // Every UTF-16 unit is at most 3 bytes in UTF-8 (a pair of them is 4).
  if (s.length * 3 <= maxBytes || utf8Length(s) <= maxBytes) return s;
  const bytes = Buffer.from(s, 'utf8');
  let end = Math.max(0, maxBytes);
  // Step back over continuation bytes (10xxxxxx) to the first byte of the character cut in two.
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8');
}

/**
 * The first `max` UTF-16 units of `s`, one fewer when the cut would split a surrogate pair. GitHub
 * counts characters (code points), never more than UTF-16 units, so this always fits.
 */
export function truncateChars(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = max > 0 && /[\uD800-\uDBFF]/.test(s[max - 1]) ? max - 1 : max;
  return s.slice(0, Math.max(0, end));
}
