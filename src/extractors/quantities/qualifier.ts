/**
 * Qualifiers of a number (ANNOTATION.md §5): the longest qualifying phrase
 * right before it (`près de 900`, `pas moins de 2 000`, `plus d'une centaine`)
 * overrides what the number phrase implies; `environ` or `au moins` right
 * after the phrase, at a clause end, qualifies an exact number.
 */
import type { Qualifier } from '../../schema.js';
import { TokenKind } from '../../text/tokens.js';
import type { Words } from '../words.js';
import type { QuantityLexicon } from './lexicon.js';

export interface QualifierMatch {
  qualifier: Qualifier;
  /** First word of the qualifying phrase. */
  start: number;
}

export function qualifierBefore(words: Words, lex: QuantityLexicon, numberStart: number, floor: number): QualifierMatch | null {
  const m = lex.qualifiersBefore.endingAt(words, numberStart - 1, floor);
  return m ? { qualifier: m.value, start: m.start } : null;
}

/** `100 soldats environ.`: a trailing qualifier, followed by punctuation or the sentence end. */
export function qualifierAfter(words: Words, lex: QuantityLexicon, end: number, limit: number): { qualifier: Qualifier; end: number } | null {
  const m = lex.qualifiersAfter.at(words, end, limit);
  if (!m) return null;
  if (m.end < limit && words.kind[m.end] !== TokenKind.Punct) return null;
  return { qualifier: m.value, end: m.end };
}
