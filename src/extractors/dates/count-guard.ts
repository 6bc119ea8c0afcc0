/**
 * Numbers that count things are not years: `plus de 2000`, `2000 soldats`,
 * `de 2000 à 2500 hommes`, `2000 %`; `en 2014 compte` and `depuis 2015
 * perpétrées` are years (HeidelTime keeps a negative rule for the same trap).
 */
import { TokenKind } from '../../text/tokens.js';
import type { LeftContext } from './context.js';
import { dateLexicon } from './lexicon.js';
import type { Words } from './words.js';

const RANGE_WORDS = new Set(['a', 'au', 'et', 'ou']);

/**
 * Whether a number read as a year is a count: `plus de 2000`, `2000 soldats`, `2000 %`.
 * After a prefix or boundary (`depuis 2015 perpétrées`) only the count cues before it are checked.
 */
export function looksLikeCount(w: Words, coreStart: number, coreEnd: number, floor: number, limit: number, ctx: LeftContext): boolean {
  const lex = dateLexicon();
  const prefix = ctx.prefix?.words.join(' ');
  const strong = ctx.boundary !== undefined || (prefix !== undefined && !lex.countablePrefixes.has(prefix));
  if (!strong && ctx.prefix === undefined && yearOf(w, coreStart) < OLDEST_BARE_YEAR) return true;
  const before = w.skipBackward(coreStart - 1, floor);
  if (before >= floor) {
    if (lex.countCues.matchEndingAt(w, before, floor)) return true;
    if (lex.connectors.has(w.key(before)) && lex.countCues.matchEndingAt(w, w.skipBackward(before - 1, floor), floor)) return true;
  }
  return !strong && countFollows(w, coreEnd, limit);
}

/** What follows a number makes it a count: a noun (`2000 soldats`), `%`, or another number and a noun (`2000 à 2500 hommes`). */
function countFollows(w: Words, next: number, limit: number): boolean {
  if (next >= limit) return false;
  const lex = dateLexicon();
  const k = w.key(next);
  if (k === '%') return true;
  if (w.kind(next) !== TokenKind.Word) return false;
  if (RANGE_WORDS.has(k) && next + 1 < limit && w.kind(next + 1) === TokenKind.Number) {
    return !YEAR_SHAPE.test(w.key(next + 1)) || countFollows(w, next + 2, limit);
  }
  if (lex.yearFollowers.has(k) || lex.monthNames.has(k) || w.capitalized(next)) return false;
  // Two thousand of anything is plural: a singular word after the number is a verb or a noun of the clause (`lancée en 2014 compte`).
  return lex.countUnits.has(k) || k.endsWith('s') || k.endsWith('x');
}

const YEAR_SHAPE = /^(1\d|20|21)\d\d$/;

/** Before this, a number after a mere `en` or `de` is read as a count (`de 1200 pick-up`); `depuis 1979` still counts as a year. */
const OLDEST_BARE_YEAR = 1800;

function yearOf(w: Words, i: number): number {
  return Number(w.key(i));
}
