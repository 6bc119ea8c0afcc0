/**
 * Text folding for scoring (ANNOTATION.md §7): lower case, accents removed,
 * anything not a letter or digit a space. `scoreFold` keeps the length, so
 * offsets in the folded document are offsets in the document.
 */
import { fold } from '../text/fold.js';

const NON_ALNUM_RE = /[^\p{L}\p{N}]/gu;
const MARK_RE = /\p{M}/gu;

/** Same length as its input: every non-letter, non-digit becomes a space. */
export function scoreFold(text: string): string {
  return fold(text).replace(MARK_RE, ' ').replace(NON_ALNUM_RE, ' ');
}

/** Folded and with runs of spaces collapsed: the form two texts are compared in. */
export function scoreKey(text: string): string {
  return scoreFold(text).replace(/ +/g, ' ').trim();
}

/** Whether one folded text contains the other, on word boundaries. */
export function containsEitherWay(a: string, b: string): boolean {
  const x = scoreKey(a);
  const y = scoreKey(b);
  if (x.length === 0 || y.length === 0) return false;
  return ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}
