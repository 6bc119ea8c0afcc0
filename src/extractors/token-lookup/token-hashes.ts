/**
 * One pass over a document's tokens for the actor and place rules: each
 * token's word hash (hash.ts), by which their lexicon tables and tries are
 * keyed, so a token is looked up without cutting a string; and the words of
 * the body written with a capital initial, where names start.
 */
import type { Doc } from '../../pipeline/document.js';
import { TokenKind, type Tokens } from '../../text/tokens.js';
import { currentEpoch, int32s, owns } from './doc-arrays.js';
import { hashKey } from './hash.js';

let cachedFor: Tokens | null = null;
let cachedEpoch = -1;
let cachedHashes: Int32Array = new Int32Array(0);
let cachedCapitals: Int32Array = new Int32Array(0);

/** `hashKey(doc.tokens.key(i))` for every token `i`, valid while `doc` is the document being read (doc-arrays.ts). */
export function tokenHashes(doc: Doc): Int32Array {
  read(doc);
  return cachedHashes;
}

/** The word tokens of the body whose first letter is a capital, in order; valid as `tokenHashes`. */
export function capitalTokens(doc: Doc): Int32Array {
  read(doc);
  return cachedCapitals;
}

function read(doc: Doc): void {
  const t = doc.tokens;
  if (cachedFor === t && owns(t, cachedEpoch)) return;
  const hashes = int32s(t, t.count);
  const f = doc.folded;
  const text = doc.text;
  const { start, end, kind } = t;
  const body = t.indexAt(doc.bodyStart);
  const capitals = int32s(t, t.count);
  let n = 0;
  for (let i = 0; i < t.count; i++) {
    let h = 2166136261;
    const s = start[i]!;
    const e = end[i]!;
    let j = s;
    for (; j < e; j++) {
      const c = f.charCodeAt(j);
      // A character that may be a combining mark: the key may differ from the text, hashed from the key.
      if (c >= 0x300) break;
      h = Math.imul(h ^ c, 16777619);
    }
    hashes[i] = j === e ? h & 0x3fffffff : hashKey(t.key(i));
    const k = kind[i];
    if (i >= body && (k === TokenKind.Word || k === TokenKind.Alnum) && isCapital(text, s)) capitals[n++] = i;
  }
  cachedFor = t;
  cachedEpoch = currentEpoch();
  cachedHashes = hashes;
  // A long document's list is copied out of its token-sized array, which it would otherwise keep alive.
  cachedCapitals = t.count > 1 << 16 ? capitals.slice(0, n) : capitals.subarray(0, n);
}

/** Whether the character at `at` is a capital letter. */
export function isCapital(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 65 && code <= 90;
  // Latin-1: À to Þ (but ×) are the capitals.
  if (code < 0x100) return code >= 0xc0 && code <= 0xde && code !== 0xd7;
  const c = text[at]!;
  return c !== c.toLowerCase();
}
