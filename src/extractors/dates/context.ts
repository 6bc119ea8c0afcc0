/**
 * The words before a matched expression that belong to it: a boundary
 * (`début`, `mi-`, `à la fin de`), a prefix that sets the mod (`depuis`,
 * `d'ici`, `au plus tard en`), or a weak cue (`en`, `de`) that licenses a
 * bare year. Read backwards from the expression, never past `floor`.
 */
import type { DateMod } from '../../schema.js';
import { writtenStartsWith } from '../../text/as-written.js';
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
  if (m && m.words[0] === 'des' && !writtenStartsWith(w.doc.text, w.start(m.start), w.end(m.start), 'dès')) return null;
  return m;
}

/** The mod of the whole expression: `depuis` governs a boundary (`depuis la mi-octobre` → after), a boundary governs `d'ici` (`d'ici la fin de l'année` → end). */
export function modOf(ctx: LeftContext, approx: boolean, boundaryCounts: boolean): DateMod | undefined {
  if (ctx.prefix?.mod === 'after') return 'after';
  if (boundaryCounts && ctx.boundary && ctx.boundary !== 'none') return ctx.boundary;
  if (ctx.prefix) return ctx.prefix.mod;
  return approx ? 'approx' : undefined;
}
