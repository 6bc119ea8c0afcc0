/**
 * Where a place name may start, in text order: each capitalized word, an
 * article or a curated name's first word a few words before one (`al-Tanf`,
 * `mer Rouge`, `bande de Gaza`), and anywhere the curated names that need
 * no capital (`territoires palestiniens occupés`).
 */
import type { Doc } from '../../pipeline/document.js';
import { capitalTokens, tokensBeforeCapitals } from './capitals.js';
import { anyCaseFirstWords, isCuratedFirstWord } from './gazetteer.js';
import { tokenKeys } from './token-keys.js';
import { isArticle } from './translit.js';
import { curatedFirstTokens, WordClass, wordClasses } from './word-classes.js';

export function startTokens(doc: Doc): Int32Array {
  const tk = tokenKeys(doc);
  const classes = wordClasses(doc);
  const capitals = capitalTokens(doc);
  const before = tokensBeforeCapitals(doc);
  const out: number[] = [];
  for (const i of before) {
    if ((classes[i]! & (WordClass.Article | WordClass.CuratedFirst)) === 0) continue;
    const key = tk(i);
    if (isArticle(key) || isCuratedFirstWord(key)) out.push(i);
  }
  // Anywhere in the body, a curated name that needs no capital (`territoires palestiniens occupés`), written as its key.
  const anyCase = anyCaseFirstWords();
  const from = doc.tokens.indexAt(doc.bodyStart);
  for (const i of curatedFirstTokens(doc)) {
    if (i < from || doc.tokens.end[i]! - doc.tokens.start[i]! !== anyCaseLength(anyCase, i, doc)) continue;
    if (anyCase.includes(tk(i))) out.push(i);
  }
  if (out.length === 0) return capitals;
  out.sort((a, b) => a - b);
  return mergeSorted(capitals, out);
}

/** The length of the token when some any-case first word has it, else -1 (most tokens: no key cut). */
function anyCaseLength(words: readonly string[], i: number, doc: Doc): number {
  const n = doc.tokens.end[i]! - doc.tokens.start[i]!;
  for (const w of words) if (w.length === n) return n;
  return -1;
}

/** The union of two ascending lists, ascending, without repeats. */
function mergeSorted(a: Int32Array, b: readonly number[]): Int32Array {
  const all = new Int32Array(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (n === 0 || all[n - 1] !== x) all[n++] = x;
  }
  return all.subarray(0, n);
}
