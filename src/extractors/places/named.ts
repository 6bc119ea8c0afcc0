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
import { isArticleOnlyKey, isCuratedFirstWord, isSmallPrefix, lookupPlaces, maxNameWords } from './gazetteer.js';
import { isCapitalized, wordRun, type WordRun } from './spans.js';
import { isArticle, keyOfWords, translitWord } from './translit.js';

/** A sentence opens with `Le`, `Les`, `Selon`: not a place unless a capitalized word follows (`Le Caire`). */
const FUNCTION_WORDS = new Set(functionWords.french);

/** Small words inside names that need no capital (`bande de Gaza`, `Deir ez-Zor`). */
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'd', 'l', 'et', 'e', 'i', 'y', 'a', 'an', 'bin', 'ben', 'ibn', 'abu', 'of', 'the', 'sur', 'en']);

export function findNamed(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  const max = maxNameWords();
  for (let i = t.indexAt(doc.bodyStart); i < t.count; i++) {
    if (t.kind[i] !== TokenKind.Word && t.kind[i] !== TokenKind.Alnum) continue;
    if (!mayStart(doc, i)) continue;
    const run = wordRun(doc, i, max);
    if (FUNCTION_WORDS.has(run.words[0]!) && !(run.capital[1] ?? false) && !isCuratedFirstWord(run.words[0]!)) continue;
    for (let k = longestPossible(run); k >= 1; k--) {
      const words = run.words.slice(0, k);
      if (k > 1 && (PARTICLES.has(words[k - 1]!) || isArticle(words[k - 1]!))) continue;
      const key = keyOfWords(words);
      if (!key) continue;
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
      i = last;
      break;
    }
  }
  return out;
}

/**
 * How many words a name can take here: the capitalized ones (with their
 * particles), or more while they begin a country, curated name or exonym
 * (`mer Rouge`, `Kurdistan irakien`).
 */
function longestPossible(run: WordRun): number {
  let cap = 0;
  while (cap < run.words.length && (run.capital[cap] || PARTICLES.has(run.words[cap]!) || isArticle(run.words[cap]!))) cap++;
  let small = 0;
  for (let k = 1; k <= run.words.length; k++) {
    if (isSmallPrefix(keyOfWords(run.words.slice(0, k)))) small = k;
    else if (!isArticle(run.words[k - 1]!)) break;
  }
  return Math.max(cap, small);
}

function mayStart(doc: Doc, i: number): boolean {
  if (isCapitalized(doc, i)) return true;
  const key = doc.tokens.key(i);
  if (isArticle(key) && i + 2 < doc.tokens.count && doc.tokens.key(i + 1) === '-' && isCapitalized(doc, i + 2)) return true;
  return isCuratedFirstWord(translitWord(key));
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
