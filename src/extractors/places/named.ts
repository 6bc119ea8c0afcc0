/**
 * Pass 1: the names the index knows. At each capitalized word (or an article
 * glued to one, `al-Tanf`, or the first word of a curated name, `mer Rouge`),
 * the longest run of words whose key is in the index.
 */
import type { Doc } from '../../pipeline/document.js';
import { TokenKind } from '../../text/tokens.js';
import type { Candidate } from './candidate.js';
import type { PlaceEntry } from './entry.js';
import { hasKey, isArticleOnlyKey, isKeyPrefix, isSmallPrefix, lookupPlaces, maxNameWords } from './gazetteer.js';
import { isCapitalized, wordRun, type WordRun } from './spans.js';
import { isSmall, PARTICLES, Start, startMemo } from './start-bits.js';
import { startTokens } from './start-tokens.js';
import { isArticle, keyOfWords } from './translit.js';
import { tokenHashes } from '../token-lookup/token-hashes.js';

export function findNamed(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  const max = maxNameWords();
  let free = 0;
  const memo = startMemo();
  const hashes = tokenHashes(doc);
  for (const i of startTokens(doc)) {
    if (i < free) continue;
    const v = memo.token(doc, i, hashes[i]!);
    const curatedFirst = (v & Start.CuratedFirst) !== 0;
    if ((v & Start.Function) !== 0 && !curatedFirst && !capitalizedNext(doc, i)) continue;
    // Most capitalized words begin no key (`Selon`, a person): rejected before a run is read.
    if (!curatedFirst && (v & Start.MayBegin) === 0) continue;
    // A word that begins no longer key names a place alone, or none (most capitalized words): decided without a run.
    const alone = (v & (Start.CuratedFirst | Start.Small | Start.Prefix)) === 0 && !apostropheGlued(doc, i);
    if (alone && (v & Start.Key) === 0) continue;
    // Most names are capitalized words; only a curated name goes on with lower-case words (`Kurdistan irakien`).
    let run = alone ? oneWord(doc, i) : wordRun(doc, i, max, true);
    if (!alone && (curatedFirst || isSmallPrefix(keyOfWords(run.words)))) {
      // Most runs stop being a key prefix by their second word: the rest is read only when they do not.
      run = wordRun(doc, i, SHORT_RUN);
      if (run.words.length === SHORT_RUN && (keyLengths(run, v), ranOut)) run = wordRun(doc, i, max);
    }
    const lengths = alone ? ONE : keyLengths(run, v);
    for (let n = lengths.length - 1; n >= 0; n--) {
      const k = lengths[n]!;
      const words = run.words.slice(0, k);
      const key = keyOfWords(words);
      const entries = lookupPlaces(key).filter((e) => eligible(e, run, k, key));
      if (entries.length === 0) continue;
      const last = run.lastToken[k - 1]!;
      out.push({
        firstToken: i,
        lastToken: last,
        start: t.start[i]!,
        end: t.end[last]!,
        words,
        entries,
        rule: 'gazetteer',
        kind: null,
        headStart: null,
        countryHint: null,
        licensed: false,
      });
      free = last + 1;
      break;
    }
  }
  return out;
}

const ONE = [1];

/** The run of one word at token `i` (not glued to the next by an apostrophe). */
function oneWord(doc: Doc, i: number): WordRun {
  return { words: [doc.tokens.key(i)], firstToken: [i], lastToken: [i], capital: [isCapitalized(doc, i)] };
}

/** `Qa'im`: an apostrophe glues the next token into the same word (see spans.ts), which the word's own bits do not tell. */
function apostropheGlued(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  return i + 2 < t.count && t.end[i] === t.start[i + 1] && t.kind[i + 1] === TokenKind.Punct && doc.folded.charCodeAt(t.start[i + 1]!) === 39;
}

/** Whether the next word (past a glued `'` or `-`) is capitalized: `Le Caire`, `N'Djamena`. */
function capitalizedNext(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  let j = i + 1;
  if (j < t.count && t.end[i] === t.start[j] && t.kind[j] === TokenKind.Punct) j++;
  return j < t.count && t.kind[j] !== TokenKind.Punct && isCapitalized(doc, j);
}

const SHORT_RUN = 2;
/** Set by `keyLengths`: every word of the run still began some key, so a longer run may give more. */
let ranOut = false;

/**
 * The numbers of words of the run that form a key of the index, shortest
 * first: the run is read while its words begin some longer key, so a
 * sequence of capitalized words (`Lloyd Austin`) costs a lookup or two.
 */
function keyLengths(run: WordRun, first: number): number[] {
  const out: number[] = [];
  let k = 1;
  // The first word's answers are in its start bits when it is one token.
  if (run.words.length > 0 && run.firstToken[0] === run.lastToken[0]) {
    const small = (first & Start.Small) !== 0;
    if (!small && (first & Start.Key) !== 0) out.push(1);
    ranOut = false;
    if (!small && (first & Start.Prefix) === 0) return out;
    k = 2;
  }
  for (; k <= run.words.length; k++) {
    const last = run.words[k - 1]!;
    // A name neither ends with a particle nor is one (`al-`, `de`, `N'` go on to the next word).
    const small = isSmall(last);
    const key = keyOfWords(run.words.slice(0, k));
    if (!small && key && hasKey(key)) out.push(k);
    if (!small && !isKeyPrefix(key)) {
      ranOut = false;
      return out;
    }
  }
  ranOut = true;
  return out;
}

function eligible(e: PlaceEntry, run: WordRun, k: number, key: string): boolean {
  if (e.source === 'curated') {
    if (isArticleOnlyKey(key) && !run.words.slice(0, k).some(isArticle)) return false;
    return e.anyCase || run.capital.slice(0, k).some(Boolean);
  }
  let seenSignificant = false;
  for (let w = 0; w < k; w++) {
    const word = run.words[w]!;
    if (PARTICLES.has(word) || isArticle(word)) continue;
    if (!run.capital[w] && (!seenSignificant || word.length >= 3)) return false;
    seenSignificant = true;
  }
  return seenSignificant;
}
