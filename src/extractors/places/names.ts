/**
 * The key of a whole name written as a string (lexicon and gazetteer
 * entries); text spans get theirs from tokens (see `spans.ts`), through the
 * same `wordsOfFolded` and `keyOfWords` steps.
 */
import { fold } from '../../text/fold.js';
import { keyOfWords, wordsOfFolded } from './translit.js';

// Scholarly transliterations write the ayn and hamza with modifier letters; they read as apostrophes.
const MODIFIER_APOSTROPHES = /[\u02bf\u02be\u02bc\u02bb]/g;
const MARKS = /\p{M}+/gu;

export function keyOfName(name: string): string {
  return keyOfWords(wordsOfName(name));
}

/** The folded words of a name, as a text's tokens give them. */
export function wordsOfName(name: string): string[] {
  const plain = name.replace(MODIFIER_APOSTROPHES, "'").normalize('NFD').replace(MARKS, '');
  return wordsOfFolded(fold(plain));
}
