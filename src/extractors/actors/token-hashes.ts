/**
 * Each token's word hash (hash.ts), computed once per document and shared
 * by the actor and place rules: their lexicon tables and tries are keyed by
 * it, so a token is looked up without cutting a string.
 */
import type { Doc } from '../../pipeline/document.js';
import type { Tokens } from '../../text/tokens.js';
import { currentEpoch, int32s, owns } from './doc-arrays.js';
import { hashKey } from './hash.js';

let cachedFor: Tokens | null = null;
let cachedEpoch = -1;
let cached: Int32Array = new Int32Array(0);

/** `hashKey(doc.tokens.key(i))` for every token `i`, valid while `doc` is the document being read (doc-arrays.ts). */
export function tokenHashes(doc: Doc): Int32Array {
  const t = doc.tokens;
  if (cachedFor === t && owns(t, cachedEpoch)) return cached;
  const out = int32s(t, t.count);
  const f = doc.folded;
  const { start, end } = t;
  for (let i = 0; i < t.count; i++) {
    let h = 2166136261;
    const e = end[i]!;
    let j = start[i]!;
    for (; j < e; j++) {
      const c = f.charCodeAt(j);
      // A character that may be a combining mark: the key may differ from the text, hashed from the key.
      if (c >= 0x300) break;
      h = Math.imul(h ^ c, 16777619);
    }
    out[i] = j === e ? h & 0x3fffffff : hashKey(t.key(i));
  }
  cachedFor = t;
  cachedEpoch = currentEpoch();
  cached = out;
  return out;
}
