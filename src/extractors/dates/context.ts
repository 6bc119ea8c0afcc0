/**
 * The words before a matched expression that belong to it: a boundary
 * (`début`, `mi-`, `à la fin de`), a prefix that sets the mod (`depuis`,
 * `d'ici`, `au plus tard en`), or a weak cue (`en`, `de`) that licenses a
 * bare year. Read backwards from the expression, never past `floor`.
 */
import type { DateMod } from '../../schema.js';
import { TokenKind } from '../../text/tokens.js';
import { dateLexicon, type BoundaryMod, type PrefixMod } from './lexicon.js';
import type { PhraseMatch } from './phrases.js';
import type { DateRule } from './rule.js';
import type { Words } from './words.js';

export interface LeftContext {
  /** First token of the whole expression. */
  start: number;
  /** The expression's own article was there (`la` of `la semaine dernière`). */
  article?: boolean;
  prefix?: { mod: PrefixMod; words: readonly string[] };
  boundary?: BoundaryMod;
  /** The weak cue right before the expression (`en`, `de`), if any, and its first token. */
  cue?: string;
  cueStart?: number;
}

export function readLeftContext(w: Words, rule: DateRule, coreStart: number, floor: number): LeftContext {
  const lex = dateLexicon();
  const out: LeftContext = { start: coreStart };
  let j = w.skipBackward(coreStart - 1, floor);
  const part = rule.partOfDayBefore ? lex.leadingPartsOfDay.matchEndingAt(w, j, floor) : null;
  if (part) {
    out.start = part.start;
    j = w.skipBackward(part.start - 1, floor);
  }
  const article = rule.article?.matchEndingAt(w, j, floor);
  if (article) {
    out.article = true;
    out.start = article.start;
    j = w.skipBackward(article.start - 1, floor);
  }
  // A boundary, straight before the expression or through `de`: `fin 2024`, `fin de l'année`, `début du printemps`.
  let boundaries = lex.boundaries.allEndingAt(w, j, floor);
  if (boundaries.length === 0 && j >= floor && lex.connectors.has(w.key(j))) boundaries = lex.boundaries.allEndingAt(w, w.skipBackward(j - 1, floor), floor);
  // The longest boundary, unless a shorter one leaves a prefix its word (`jusqu'à | la fin`, not `jusqu' | à la fin`).
  let boundary = boundaries[0];
  let prefix: PhraseMatch<PrefixMod> | null = null;
  for (const b of boundaries) {
    prefix = prefixEndingAt(w, w.skipBackward(b.start - 1, floor), floor);
    if (prefix) {
      boundary = b;
      break;
    }
  }
  if (boundary) {
    out.boundary = boundary.value;
    out.start = boundary.start;
    j = w.skipBackward(boundary.start - 1, floor);
  }
  prefix ??= boundary ? null : prefixEndingAt(w, j, floor);
  if (prefix) {
    out.prefix = { mod: prefix.value, words: prefix.words };
    out.start = prefix.start;
    return out;
  }
  if (boundary) return out;
  const cue = lex.weakCues.matchEndingAt(w, j, floor);
  if (cue) {
    out.cue = cue.words.join(' ');
    out.cueStart = cue.start;
  }
  return out;
}

function prefixEndingAt(w: Words, j: number, floor: number): PhraseMatch<PrefixMod> | null {
  const m = dateLexicon().prefixes.matchEndingAt(w, j, floor);
  // Folded `des` is also the article: only `dès` is a prefix.
  if (m && m.words[0] === 'des' && !w.raw(m.start).toLowerCase().startsWith('dès')) return null;
  return m;
}

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

const RANGE_WORDS = new Set(['a', 'au', 'et', 'ou']);

/** The mod of the whole expression: `depuis` governs a boundary (`depuis la mi-octobre` → after), a boundary governs `d'ici` (`d'ici la fin de l'année` → end). */
export function modOf(ctx: LeftContext, approx: boolean, boundaryCounts: boolean): DateMod | undefined {
  if (ctx.prefix?.mod === 'after') return 'after';
  if (boundaryCounts && ctx.boundary && ctx.boundary !== 'none') return ctx.boundary;
  if (ctx.prefix) return ctx.prefix.mod;
  return approx ? 'approx' : undefined;
}
