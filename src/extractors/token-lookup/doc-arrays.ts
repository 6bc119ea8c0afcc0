/**
 * Zeroed per-token arrays for the document being read, carved from one
 * buffer kept between documents: allocating a typed array costs about a
 * microsecond, more than the rules spend on many a short article. An array
 * stays valid while its document is the one being read; the first request
 * for another document reuses the buffer. A document that needs more than
 * the buffer may hold gets arrays of its own.
 */
import type { Tokens } from '../../text/tokens.js';

const MAX_BYTES = 4 << 20;

let owner: Tokens | null = null;
let buffer = new ArrayBuffer(64 << 10);
let used = 0;
let epoch = 0;

/**
 * Changes whenever the buffer passes to another document: an array kept for
 * a document (a cache) is still its own while `owner(tokens)` holds.
 */
export function owns(tokens: Tokens, since: number): boolean {
  return owner === tokens && epoch === since;
}

/** The current epoch, to give `owns` later. */
export function currentEpoch(): number {
  return epoch;
}

/** Where `bytes` bytes start in `buffer` for `tokens`, or -1 when they get their own array. */
function carve(tokens: Tokens, bytes: number): number {
  if (owner !== tokens) {
    owner = tokens;
    used = 0;
    epoch++;
  }
  let at = (used + 7) & ~7;
  if (at + bytes > buffer.byteLength) {
    if (at + bytes > MAX_BYTES) return -1;
    // Arrays already given keep the old buffer.
    buffer = new ArrayBuffer(Math.min(MAX_BYTES, Math.max(2 * buffer.byteLength, 2 * bytes)));
    at = 0;
  }
  used = at + bytes;
  return at;
}

export function int32s(tokens: Tokens, n: number): Int32Array {
  const at = carve(tokens, 4 * n);
  return at < 0 ? new Int32Array(n) : new Int32Array(buffer, at, n).fill(0);
}

export function uint16s(tokens: Tokens, n: number): Uint16Array {
  const at = carve(tokens, 2 * n);
  return at < 0 ? new Uint16Array(n) : new Uint16Array(buffer, at, n).fill(0);
}

export function uint8s(tokens: Tokens, n: number): Uint8Array {
  const at = carve(tokens, n);
  return at < 0 ? new Uint8Array(n) : new Uint8Array(buffer, at, n).fill(0);
}
