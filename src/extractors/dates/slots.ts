/**
 * How each slot reads the tokens (`mois` reads `janv.` only with its period,
 * `day` reads `1er`), and matching one pattern element at a token.
 */
import { TokenKind } from '../../text/tokens.js';
import type { Element, SlotName } from './elements.js';
import { dateLexicon, type DateLexicon } from './lexicon.js';
import type { Words } from './words.js';

/** Where a reader leaves what it read: one object per match attempt, so that a failed try allocates nothing. */
export interface Read {
  end: number;
  value: unknown;
}

/** Reads a slot at token `i` into `out`; false when the slot is not there. */
type SlotReader = (w: Words, i: number, limit: number, lex: DateLexicon, out: Read) => boolean;

const DOTTED_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const COUNT_RE = /^\d{1,3}$/;

function smallNumber(w: Words, i: number, min: number, max: number): number | null {
  if (w.kind(i) !== TokenKind.Number) return null;
  const k = w.key(i);
  if (k.length > 2) return null;
  const n = Number(k);
  return n >= min && n <= max ? n : null;
}

function put(out: Read, end: number, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  out.end = end;
  out.value = value;
  return true;
}

function phrase<V>(table: { matchAt(w: Words, i: number, limit: number): { end: number; value: V } | null }, w: Words, i: number, limit: number, out: Read): boolean {
  const m = table.matchAt(w, i, limit);
  return m ? put(out, m.end, m.value) : false;
}

const READERS: Record<SlotName, SlotReader> = {
  month(w, i, limit, lex, out) {
    const k = w.key(i);
    if (put(out, i + 1, lex.monthNames.get(k))) return true;
    // An abbreviation only with its period (`janv.`): `sept` alone is seven.
    const abbr = lex.monthAbbreviations.get(k);
    return abbr !== undefined && i + 1 < limit && w.key(i + 1) === '.' && w.glued(i + 1) && put(out, i + 2, abbr);
  },
  weekday: (w, i, _l, lex, out) => put(out, i + 1, lex.weekdays.get(w.key(i))),
  day(w, i, _l, lex, out) {
    const n = smallNumber(w, i, 1, 31);
    return n !== null ? put(out, i + 1, n) : put(out, i + 1, lex.dayNumbers.get(w.key(i)));
  },
  year(w, i, _l, _lex, out) {
    if (w.kind(i) !== TokenKind.Number) return false;
    const k = w.key(i);
    const n = Number(k);
    return k.length === 4 && n >= 1000 && n <= 2199 && put(out, i + 1, n);
  },
  monthNumber: (w, i, _l, _lex, out) => put(out, i + 1, smallNumber(w, i, 1, 12)),
  count(w, i, limit, lex, out) {
    if (w.kind(i) === TokenKind.Number) {
      const k = w.key(i);
      return COUNT_RE.test(k) && put(out, i + 1, Number(k));
    }
    return phrase(lex.numbers, w, i, limit, out);
  },
  unit: (w, i, _l, lex, out) => put(out, i + 1, lex.units.get(w.key(i))),
  season: (w, i, _l, lex, out) => put(out, i + 1, lex.seasons.get(w.key(i))),
  partOfDay: (w, i, limit, lex, out) => phrase(lex.partsOfDay, w, i, limit, out),
  leadingPartOfDay: (w, i, limit, lex, out) => phrase(lex.leadingPartsOfDay, w, i, limit, out),
  direction(w, i, _l, lex, out) {
    const k = w.key(i);
    return put(out, i + 1, lex.past.has(k) ? 'past' : lex.future.has(k) ? 'future' : undefined);
  },
  dayWord: (w, i, limit, lex, out) => phrase(lex.dayWords, w, i, limit, out),
  approximator: (w, i, limit, lex, out) => phrase(lex.approximators, w, i, limit, out),
  roundCount: (w, i, limit, lex, out) => phrase(lex.roundCounts, w, i, limit, out),
  dottedDate(w, i, _l, _lex, out) {
    if (w.kind(i) !== TokenKind.Number) return false;
    const m = DOTTED_RE.exec(w.key(i));
    return m !== null && put(out, i + 1, { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) });
  },
};

/** Match one element at token `i`, leaving its end and value in `out`; false when it does not match there. */
export function readElement(w: Words, el: Element, i: number, limit: number, out: Read): boolean {
  if (i >= limit) return false;
  if (el.type === 'word') {
    const k = w.key(i);
    return el.words.has(k) && put(out, i + 1, k);
  }
  if (el.type === 'sep') return el.chars.has(w.key(i)) && w.glued(i) && i + 1 < limit && w.glued(i + 1) && put(out, i + 1, true);
  return READERS[el.slot](w, i, limit, dateLexicon(), out);
}
