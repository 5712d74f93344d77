/**
 * A copy of a string that shares no memory with the file it was read from. The parsers' strings
 * are slices of the whole file text, which V8 keeps alive as long as a slice is, so a cache that
 * lives for the whole run, keyed by such strings, would keep every file it has seen in memory.
 * Decoding bytes always makes a new string; UTF-16 keeps every code unit, even a lone surrogate.
 * (Here because the IAM catalogue is the lowest layer with such caches; the rules use it too.)
 */
export const detached = (s: string): string => Buffer.from(s, 'utf16le').toString('utf16le');
