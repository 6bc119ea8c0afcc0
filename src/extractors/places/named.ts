/**
 * Pass 1: the names the index knows. At each capitalized word (or an article
 * glued to one, `al-Tanf`, or the first word of a curated name, `mer Rouge`),
 * the longest run of words whose key is in the index.
 */
import type { Doc } from '../../pipeline/document.js';
import { TokenKind } from '../../text/tokens.js';
import type { Candidate } from './candidate.js';
import type { PlaceEntry } from './entry.js';
import functionWords from '../../lexicons/fr/function-words.json' with { type: 'json' };
import { anyCaseFirstWords, hasKey, isArticleOnlyKey, isCuratedFirstWord, isKeyPrefix, isSmallPrefix, lookupPlaces, maxNameWords } from './gazetteer.js';
import { capitalTokens, tokensBeforeCapitals } from './capitals.js';
import { isCapitalized, wordRun, type WordRun } from './spans.js';
import { tokenKeys } from './token-keys.js';
import { isArticle, keyOfWords, translitWord } from './translit.js';

/** A sentence opens with `Le`, `Les`, `Selon`: not a place unless a capitalized word follows (`Le Caire`). */
const FUNCTION_WORDS = new Set(functionWords.french);

/** Small words inside names that need no capital (`bande de Gaza`, `Deir ez-Zor`). */
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'd', 'l', 'et', 'e', 'i', 'y', 'a', 'an', 'bin', 'ben', 'ibn', 'abu', 'of', 'the', 'sur', 'en']);

export function findNamed(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  const max = maxNameWords();
  let free = 0;
  const tk = tokenKeys(doc);
  for (const i of startTokens(doc)) {
    if (i < free) continue;
    const first = tk(i);
    const curatedFirst = isCuratedFirstWord(first);
    if (FUNCTION_WORDS.has(first) && !curatedFirst && !capitalizedNext(doc, i)) continue;
    // Most capitalized words begin no key (`Selon`, a person): rejected before a run is read.
    if (!curatedFirst && !mayBegin(first)) continue;
    // Most names are capitalized words; only a curated name goes on with lower-case words (`Kurdistan irakien`).
    let run = wordRun(doc, i, max, true);
    if (curatedFirst || isSmallPrefix(keyOfWords(run.words))) run = wordRun(doc, i, max);
    const lengths = keyLengths(run);
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

/** Whether a name can begin with this folded word: a particle, or a key, or the start of a longer key. */
function mayBegin(word: string): boolean {
  if (word.length === 1 || PARTICLES.has(word) || isArticle(word)) return true;
  const key = translitWord(word);
  return hasKey(key) || isKeyPrefix(key);
}

/** Whether the next word (past a glued `'` or `-`) is capitalized: `Le Caire`, `N'Djamena`. */
function capitalizedNext(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  let j = i + 1;
  if (j < t.count && t.end[i] === t.start[j] && t.kind[j] === TokenKind.Punct) j++;
  return j < t.count && t.kind[j] !== TokenKind.Punct && isCapitalized(doc, j);
}

/**
 * The numbers of words of the run that form a key of the index, shortest
 * first: the run is read while its words begin some longer key, so a
 * sequence of capitalized words (`Lloyd Austin`) costs a lookup or two.
 */
function keyLengths(run: WordRun): number[] {
  const out: number[] = [];
  for (let k = 1; k <= run.words.length; k++) {
    const last = run.words[k - 1]!;
    // A name neither ends with a particle nor is one (`al-`, `de`, `N'` go on to the next word).
    const small = PARTICLES.has(last) || isArticle(last) || last.length === 1;
    const key = keyOfWords(run.words.slice(0, k));
    if (!small && key && hasKey(key)) out.push(k);
    if (!small && !isKeyPrefix(key)) break;
  }
  return out;
}

/**
 * Where a name may start: a capitalized word, an article glued to one
 * (`al-Tanf`), a curated name's first word a few words before one (`mer
 * Rouge`, `bande de Gaza`), and the curated names that need no capital.
 */
function startTokens(doc: Doc): number[] {
  const tk = tokenKeys(doc);
  const out: number[] = [...capitalTokens(doc)];
  for (const i of tokensBeforeCapitals(doc)) {
    const key = tk(i);
    if (isArticle(key) || isCuratedFirstWord(key)) out.push(i);
  }
  for (const word of anyCaseFirstWords()) {
    for (let at = doc.folded.indexOf(word, doc.bodyStart); at >= 0; at = doc.folded.indexOf(word, at + 1)) {
      const i = doc.tokens.indexAt(at);
      if (i < doc.tokens.count && doc.tokens.start[i] === at && tk(i) === word) out.push(i);
    }
  }
  return [...new Set(out)].sort((a, b) => a - b);
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
