/**
 * Bytes to text for the command line: UTF-8 when the bytes are valid UTF-8,
 * else Windows-1252 (the Latin-1 superset in which older French pages and
 * exports are saved), rather than a text full of U+FFFD. Node's TextDecoder
 * reads `windows-1252` as plain Latin-1, so the 0x80-0x9F range (`’ œ € …`)
 * is mapped here.
 */

/** Windows-1252 bytes 0x80-0x9F; the five undefined ones stay the C1 control of the same number. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export type TextEncoding = 'utf-8' | 'windows-1252';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    // ignoreBOM keeps a byte order mark as U+FEFF, as readFile(…, 'utf8') did: offsets do not move.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    let s = '';
    const end = Math.min(bytes.length, i + CHUNK);
    for (let j = i; j < end; j++) {
      const b = bytes[j]!;
      s += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    }
    parts.push(s);
  }
  return parts.join('');
}
