/**
 * A file's bytes → its text. Templates saved by Windows editors are often UTF-16 (and now and
 * then UTF-32) with a byte-order mark: they are text, so they are decoded, not called binary.
 * Without a mark, the pattern of NUL bytes in the first characters tells the same encodings
 * apart; any other NUL byte means binary.
 */

export type Decoded = { text: string; encoding: string } | { binary: true };

export function decodeText(buf: Buffer): Decoded {
  const enc = sniff(buf);
  let text: string;
  switch (enc.encoding) {
    case 'utf-32le':
    case 'utf-32be':
      text = utf32(buf.subarray(enc.skip), enc.encoding === 'utf-32le');
      break;
    case 'utf-16le':
    case 'utf-16be':
      text = new TextDecoder(enc.encoding).decode(buf.subarray(enc.skip));
      break;
    default:
      text = buf.toString('utf8');
  }
  // A NUL left after decoding: not a text file PolicyGate can read.
  if (text.includes('\0')) return { binary: true };
  return { text, encoding: enc.encoding };
}

function sniff(b: Buffer): { encoding: string; skip: number } {
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0)
    return { encoding: 'utf-32le', skip: 4 };
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
    return { encoding: 'utf-32be', skip: 4 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (b.length >= 4 && b.indexOf(0) >= 0) {
    // No mark: ASCII text in a wide encoding has NULs in fixed places of each unit.
    const n = Math.min(b.length, 64) & ~3;
    let le32 = true;
    let be32 = true;
    let le16 = true;
    let be16 = true;
    for (let i = 0; i < n; i += 4) {
      le32 &&= b[i] !== 0 && b[i + 1] === 0 && b[i + 2] === 0 && b[i + 3] === 0;
      be32 &&= b[i] === 0 && b[i + 1] === 0 && b[i + 2] === 0 && b[i + 3] !== 0;
      le16 &&= b[i] !== 0 && b[i + 1] === 0 && b[i + 2] !== 0 && b[i + 3] === 0;
      be16 &&= b[i] === 0 && b[i + 1] !== 0 && b[i + 2] === 0 && b[i + 3] !== 0;
    }
    if (le32) return { encoding: 'utf-32le', skip: 0 };
    if (be32) return { encoding: 'utf-32be', skip: 0 };
    if (le16) return { encoding: 'utf-16le', skip: 0 };
    if (be16) return { encoding: 'utf-16be', skip: 0 };
  }
  return { encoding: 'utf-8', skip: 0 };
}

function utf32(b: Buffer, le: boolean): string {
  const parts: string[] = [];
  for (let i = 0; i + 3 < b.length; i += 4) {
    const cp = le ? b.readUInt32LE(i) : b.readUInt32BE(i);
    parts.push(cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\uFFFD');
  }
  return parts.join('');
}
