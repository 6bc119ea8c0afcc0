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

/** The Windows-1252 byte of each character (Latin-1 and C1 controls as themselves, `€ ’ œ …` from the table), or -1. */
function windows1252Byte(code: number): number {
  if (code < 0x100) return code;
  const k = CP1252_HIGH.indexOf(String.fromCharCode(code));
  return k < 0 ? -1 : 0x80 + k;
}

/** Plain text with each character's source range, like HTML's (html.ts `Derived`). */
export interface Repaired {
  text: string;
  srcStart: Int32Array;
  srcEnd: Int32Array;
  /** Sequences decoded back. */
  count: number;
}

/**
 * Undoes UTF-8 read as Windows-1252 or Latin-1 (`confirmÃ©` → `confirmé`,
 * `lâ€™armÃ©e` → `l’armée`): each run of characters whose Windows-1252 bytes
 * form one valid UTF-8 sequence of 2 to 4 bytes becomes the character it
 * encodes, mapped to the run. Everything else is kept. Such runs (`Ã©`, `â€™`)
 * do not occur in French text, and the pipeline only calls this on a text
 * already found mis-decoded. Returns null when there is nothing to repair.
 */
export function repairMojibake(text: string): Repaired | null {
  const n = text.length;
  const out: string[] = [];
  const srcStart = new Int32Array(n + 1);
  const srcEnd = new Int32Array(n + 1);
  let len = 0;
  let count = 0;
  let copiedFrom = 0;
  const copyUpTo = (to: number) => {
    if (to > copiedFrom) out.push(text.slice(copiedFrom, to));
    for (let k = copiedFrom; k < to; k++, len++) {
      srcStart[len] = k;
      srcEnd[len] = k + 1;
    }
  };
  for (let i = 0; i < n; i++) {
    const lead = text.charCodeAt(i);
    if (lead < 0xc2 || lead > 0xf4) continue;
    const size = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    if (i + size > n) continue;
    let cp = lead & (size === 2 ? 0x1f : size === 3 ? 0x0f : 0x07);
    let k = 1;
    for (; k < size; k++) {
      const b = windows1252Byte(text.charCodeAt(i + k));
      if (b < 0x80 || b > 0xbf) break;
      cp = (cp << 6) | (b & 0x3f);
    }
    // Whole, shortest-form, and neither a surrogate nor past U+10FFFF.
    if (k < size || (size === 3 && cp < 0x800) || (size === 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) continue;
    copyUpTo(i);
    const decoded = String.fromCodePoint(cp);
    out.push(decoded);
    for (let u = 0; u < decoded.length; u++, len++) {
      srcStart[len] = i;
      srcEnd[len] = i + size;
    }
    count++;
    i += size - 1;
    copiedFrom = i + 1;
  }
  if (count === 0) return null;
  copyUpTo(n);
  srcStart[len] = n;
  srcEnd[len] = n;
  return { text: out.join(''), srcStart: srcStart.subarray(0, len + 1), srcEnd: srcEnd.subarray(0, len + 1), count };
}
