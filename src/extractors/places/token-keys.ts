/**
 * The folded form of each token, sliced once per document and shared by the
 * passes (each `Tokens.key` call slices anew).
 */
import type { Doc } from '../../pipeline/document.js';

const cache = new WeakMap<Doc, (string | undefined)[]>();

export type TokenKey = (i: number) => string;

export function tokenKeys(doc: Doc): TokenKey {
  let keys = cache.get(doc);
  if (!keys) {
    keys = new Array<string | undefined>(doc.tokens.count);
    cache.set(doc, keys);
  }
  const k = keys;
  return (i) => (k[i] ??= doc.tokens.key(i));
}
