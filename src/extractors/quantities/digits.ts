/**
 * Numbers written in digits, as the French press writes them: `2.500`,
 * `2 500` (no-break or narrow no-break space, folded to a plain space: two
 * tokens), `2500`, `1,8` (decimal comma), `1.500.000`, and the Swiss `2'500`.
 */
import { TokenKind } from '../../text/tokens.js';
import type { Words } from '../words.js';

const PLAIN_GROUP_RE = /^\d{1,3}$/;
/** `1 000 000 000 000` at most: longer runs of groups are lists of numbers, not one. */
const MAX_GROUPS = 4;
const THREE_DIGITS_RE = /^\d{3}$/;
const INTEGER_RE = /^\d+$/;
const THOUSANDS_DOT_RE = /^\d{1,3}(?:\.\d{3})+$/;
const THOUSANDS_COMMA_RE = /^\d{1,3}(?:,\d{3}){2,}$/;
const DECIMAL_RE = /^\d+[.,]\d+$/;

/** The value of one digit token, or NaN when it is no number (`1.2.3`). */
export function digitValue(key: string): number {
  if (INTEGER_RE.test(key)) return Number(key);
  if (THOUSANDS_DOT_RE.test(key) || THOUSANDS_COMMA_RE.test(key)) return Number(key.replace(/[.,]/g, ''));
  const mixed = /^(?<int>\d{1,3}(?:\.\d{3})+),(?<dec>\d+)$/.exec(key);
  if (mixed?.groups) return Number(`${mixed.groups.int!.replace(/\./g, '')}.${mixed.groups.dec}`);
  if (DECIMAL_RE.test(key)) return Number(key.replace(',', '.'));
  return Number.NaN;
}

/**
 * The digits starting at word `w`, joined with the three-digit groups that
 * follow after a single space or apostrophe (`38 900`, `1 500 000`, `2'500`).
 */
export function readDigits(words: Words, folded: string, w: number, limit: number): { value: number; end: number } | null {
  if (words.kind[w] !== TokenKind.Number) return null;
  const first = words.key(w);
  let value = digitValue(first);
  if (Number.isNaN(value)) return null;
  let end = w + 1;
  if (PLAIN_GROUP_RE.test(first)) {
    while (end < limit && end - w <= MAX_GROUPS && words.kind[end] === TokenKind.Number && THREE_DIGITS_RE.test(words.key(end)) && singleSpace(words, folded, end)) {
      value = value * 1000 + Number(words.key(end));
      end++;
    }
  }
  return { value, end };
}

function singleSpace(words: Words, folded: string, w: number): boolean {
  const gapStart = words.end[w - 1]!;
  return words.start[w]! - gapStart === 1 && (folded[gapStart] === ' ' || folded[gapStart] === "'");
}
