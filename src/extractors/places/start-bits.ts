/**
 * What a word says about a place name that starts with it (a curated
 * name's first word, a function word, a key, the start of a longer key),
 * remembered by word: one probe per capitalized token.
 */
import functionWords from '../../lexicons/fr/function-words.json' with { type: 'json' };
import { WordMemo } from '../token-lookup/word-memo.js';
import { hasKey, isCuratedFirstWord, isKeyPrefix } from './gazetteer.js';
import { isArticle, keyOfWords, translitWord } from './translit.js';

/** A sentence opens with `Le`, `Les`, `Selon`: not a place unless a capitalized word follows (`Le Caire`). */
const FUNCTION_WORDS = new Set(functionWords.french);

/** Small words inside names that need no capital (`bande de Gaza`, `Deir ez-Zor`). */
export const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'd', 'l', 'et', 'e', 'i', 'y', 'a', 'an', 'bin', 'ben', 'ibn', 'abu', 'of', 'the', 'sur', 'en']);

export const enum Start {
  CuratedFirst = 1,
  Function = 2,
  MayBegin = 4,
  /** A particle, an article or one letter: a name goes on past it. */
  Small = 8,
  /** The word alone is a key. */
  Key = 16,
  /** The word begins a key of several words. */
  Prefix = 32,
}

let memo: WordMemo | null = null;

/** What a word says about a name starting with it, remembered by word: one probe per capitalized token. */
export function startMemo(): WordMemo {
  memo ??= new WordMemo((word) => {
    const key = keyOfWords([word]);
    let v = (isCuratedFirstWord(word) ? Start.CuratedFirst : 0) | (FUNCTION_WORDS.has(word) ? Start.Function : 0) | (mayBegin(word) ? Start.MayBegin : 0);
    if (isSmall(word)) v |= Start.Small;
    if (key && hasKey(key)) v |= Start.Key;
    if (isKeyPrefix(key)) v |= Start.Prefix;
    return v;
  });
  return memo;
}

export function isSmall(word: string): boolean {
  return PARTICLES.has(word) || isArticle(word) || word.length === 1;
}

/** Whether a name can begin with this folded word: a particle, or a key, or the start of a longer key. */
function mayBegin(word: string): boolean {
  if (word.length === 1 || PARTICLES.has(word) || isArticle(word)) return true;
  const key = translitWord(word);
  return hasKey(key) || isKeyPrefix(key);
}
