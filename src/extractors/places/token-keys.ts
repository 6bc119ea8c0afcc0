/**
 * The folded form of a token, as a function: cut when asked (`Tokens.key`).
 * The passes ask only at the words their lexicons may hold (word-classes.ts),
 * so no key is cut for most tokens.
 */
import type { Doc } from '../../pipeline/document.js';

export type TokenKey = (i: number) => string;

export function tokenKeys(doc: Doc): TokenKey {
  const t = doc.tokens;
  return (i) => t.key(i);
}
