/**
 * The capitalized words of a document, found once: every pass starts from
 * them (a place name has a capital, or sits a few words after a head or a
 * locative that precedes one), so the work grows with proper names, not with
 * the text.
 */
import type { Doc } from '../../pipeline/document.js';
import { TokenKind } from '../../text/tokens.js';
import { uint8s } from '../token-lookup/doc-arrays.js';
import { capitalTokens as sharedCapitals } from '../token-lookup/token-hashes.js';
import { WordClass, wordClasses } from './word-classes.js';

const beforeCache = new WeakMap<Doc, Int32Array>();

/** How far before a capitalized word a head, a locative or a curated name's first word may be (`la base aérienne américaine d'`). */
export const LOOKBACK = 10;

/** Indices of the word tokens of the body that start with a capital letter, in order. */
export function capitalTokens(doc: Doc): Int32Array {
  return sharedCapitals(doc);
}

/**
 * The word tokens at most LOOKBACK tokens before each capitalized word, on
 * its line, with no punctuation between but `'` and `-`, in order: where
 * heads, locatives and lower-case openings of names (`mer Rouge`) can be.
 * Only the words that may be one of those (word-classes.ts) are listed.
 */
export function tokensBeforeCapitals(doc: Doc): Int32Array {
  let found = beforeCache.get(doc);
  if (!found) {
    found = collectBefore(doc, LOOKBACK);
    beforeCache.set(doc, found);
  }
  return found;
}

const OPENERS = WordClass.Head | WordClass.Locative | WordClass.Article | WordClass.CuratedFirst;

function collectBefore(doc: Doc, span: number): Int32Array {
  const t = doc.tokens;
  const classes = wordClasses(doc);
  const seen = uint8s(t, t.count);
  const out: number[] = [];
  const from = t.indexAt(doc.bodyStart);
  for (const j of capitalTokens(doc)) {
    const group = out.length;
    for (let i = j - 1; i >= from && i >= j - span; i--) {
      if (t.newlineBefore[i + 1]) break;
      if (t.kind[i] === TokenKind.Punct) {
        const c = doc.folded.charCodeAt(t.start[i]!);
        if (c !== 39 && c !== 45) break; // ' -
        continue;
      }
      if (seen[i]) break;
      seen[i] = 1;
      if ((classes[i]! & OPENERS) !== 0) out.push(i);
    }
    // Each group runs down from its capital and stops above the groups before it: reversed, the list is in order.
    for (let a = group, b = out.length - 1; a < b; a++, b--) [out[a], out[b]] = [out[b]!, out[a]!];
  }
  return Int32Array.from(out);
}
