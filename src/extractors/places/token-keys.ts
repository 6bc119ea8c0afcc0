/**
 * The folded form of each token, as a function: the keys `Tokens.keys()`
 * computes once per document and shares with every stage.
 */
import type { Doc } from '../../pipeline/document.js';

export type TokenKey = (i: number) => string;

export function tokenKeys(doc: Doc): TokenKey {
  const keys = doc.tokens.keys();
  return (i) => keys[i]!;
}
