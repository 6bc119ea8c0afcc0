/**
 * The pieces a rule's pattern is made of. A slot reads one kind of thing
 * (a month name, a day number, a year) and yields its value; `as` names the
 * capture the rule's resolution reads.
 */
import { TokenKind } from '../../text/tokens.js';
import { dateLexicon, type DateLexicon } from './lexicon.js';
import type { Words } from './words.js';

export type SlotName =
  | 'month'
  | 'weekday'
  | 'day'
  | 'year'
  | 'monthNumber'
  | 'count'
  | 'unit'
  | 'season'
  | 'partOfDay'
  | 'leadingPartOfDay'
  | 'direction'
  | 'dayWord'
  | 'approximator'
  | 'dottedDate';

export interface WordElement {
  type: 'word';
  words: ReadonlySet<string>;
  optional?: boolean;
  as?: string;
}

export type Element =
  | WordElement
  | { type: 'slot'; slot: SlotName; optional?: boolean; as?: string }
  /** Punctuation glued to both neighbours (`/` in `12/03/2024`, `-` in `2024-11-16`). */
  | { type: 'sep'; chars: ReadonlySet<string> };

export interface Capture {
  start: number;
  end: number;
  value: unknown;
}

export type Captures = Record<string, Capture | undefined>;

export const word = (...words: string[]): WordElement => ({ type: 'word', words: new Set(words) });
export const optWord = (...words: string[]): WordElement => ({ type: 'word', words: new Set(words), optional: true });
/** The same element, its match captured under `as`. */
export const named = (as: string, el: WordElement): WordElement => ({ ...el, as });
export const slot = (name: SlotName, as: string = name): Element => ({ type: 'slot', slot: name, as });
export const optSlot = (name: SlotName, as: string = name): Element => ({ type: 'slot', slot: name, as, optional: true });
export const sep = (...chars: string[]): Element => ({ type: 'sep', chars: new Set(chars) });

type SlotMatch = { end: number; value: unknown } | null;
type SlotReader = (w: Words, i: number, limit: number, lex: DateLexicon) => SlotMatch;

const DOTTED_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function smallNumber(w: Words, i: number, min: number, max: number): number | null {
  if (w.kind(i) !== TokenKind.Number) return null;
  const k = w.key(i);
  if (k.length > 2) return null;
  const n = Number(k);
  return n >= min && n <= max ? n : null;
}

const READERS: Record<SlotName, SlotReader> = {
  month(w, i, limit, lex) {
    const k = w.key(i);
    const full = lex.monthNames.get(k);
    if (full !== undefined) return { end: i + 1, value: full };
    // An abbreviation only with its period (`janv.`): `sept` alone is seven.
    const abbr = lex.monthAbbreviations.get(k);
    if (abbr !== undefined && i + 1 < limit && w.key(i + 1) === '.' && w.glued(i + 1)) return { end: i + 2, value: abbr };
    return null;
  },
  weekday: (w, i, _l, lex) => hit(lex.weekdays.get(w.key(i)), i),
  day(w, i, _l, lex) {
    const n = smallNumber(w, i, 1, 31);
    return n !== null ? { end: i + 1, value: n } : hit(lex.dayNumbers.get(w.key(i)), i);
  },
  year(w, i) {
    if (w.kind(i) !== TokenKind.Number) return null;
    const k = w.key(i);
    const n = Number(k);
    return k.length === 4 && n >= 1000 && n <= 2199 ? { end: i + 1, value: n } : null;
  },
  monthNumber(w, i) {
    const n = smallNumber(w, i, 1, 12);
    return n !== null ? { end: i + 1, value: n } : null;
  },
  count(w, i, limit, lex) {
    if (w.kind(i) === TokenKind.Number) {
      const k = w.key(i);
      return /^\d{1,3}$/.test(k) ? { end: i + 1, value: Number(k) } : null;
    }
    const m = lex.numbers.matchAt(w, i, limit);
    return m ? { end: m.end, value: m.value } : null;
  },
  unit: (w, i, _l, lex) => hit(lex.units.get(w.key(i)), i),
  season: (w, i, _l, lex) => hit(lex.seasons.get(w.key(i)), i),
  partOfDay(w, i, limit, lex) {
    const m = lex.partsOfDay.matchAt(w, i, limit);
    return m ? { end: m.end, value: true } : null;
  },
  leadingPartOfDay(w, i, limit, lex) {
    const m = lex.leadingPartsOfDay.matchAt(w, i, limit);
    return m ? { end: m.end, value: true } : null;
  },
  direction(w, i, _l, lex) {
    const k = w.key(i);
    return lex.past.has(k) ? { end: i + 1, value: 'past' } : lex.future.has(k) ? { end: i + 1, value: 'future' } : null;
  },
  dayWord(w, i, limit, lex) {
    const m = lex.dayWords.matchAt(w, i, limit);
    return m ? { end: m.end, value: m.value } : null;
  },
  approximator(w, i, limit, lex) {
    const m = lex.approximators.matchAt(w, i, limit);
    return m ? { end: m.end, value: true } : null;
  },
  dottedDate(w, i) {
    if (w.kind(i) !== TokenKind.Number) return null;
    const m = DOTTED_RE.exec(w.key(i));
    return m ? { end: i + 1, value: { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) } } : null;
  },
};

function hit(value: unknown, i: number): SlotMatch {
  return value === undefined ? null : { end: i + 1, value };
}

/** Match one element at token `i`; null when it does not match there. */
export function matchElement(w: Words, el: Element, i: number, limit: number): { start: number; end: number; value: unknown } | null {
  if (i >= limit) return null;
  if (el.type === 'word') return el.words.has(w.key(i)) ? { start: i, end: i + 1, value: w.key(i) } : null;
  if (el.type === 'sep') {
    const ok = el.chars.has(w.key(i)) && w.glued(i) && i + 1 < limit && w.glued(i + 1);
    return ok ? { start: i, end: i + 1, value: w.key(i) } : null;
  }
  const m = READERS[el.slot](w, i, limit, dateLexicon());
  return m ? { start: i, end: m.end, value: m.value } : null;
}

/** The shapes of numeric token an element can start with: `small` (1–3 digits), `year` (4 digits), `dotted` (`12.03.2024`). */
export type NumberShape = 'small' | 'year' | 'dotted';

/** The first-token keys an element can start with, and the numeric tokens it can start with. */
export function startKeys(el: Element, lex: DateLexicon): { keys: string[]; numbers: NumberShape[] } {
  if (el.type === 'word') return { keys: [...el.words], numbers: [] };
  if (el.type === 'sep') return { keys: [...el.chars], numbers: [] };
  const words = (keys: Iterable<string>, ...numbers: NumberShape[]) => ({ keys: [...keys], numbers });
  switch (el.slot) {
    case 'month':
      return words([...lex.monthNames.keys(), ...lex.monthAbbreviations.keys()]);
    case 'weekday':
      return words(lex.weekdays.keys());
    case 'day':
      return words(lex.dayNumbers.keys(), 'small');
    case 'monthNumber':
      return words([], 'small');
    case 'year':
      return words([], 'year');
    case 'dottedDate':
      return words([], 'dotted');
    case 'count':
      return words(lex.numbers.firstWords(), 'small');
    case 'unit':
      return words(lex.units.keys());
    case 'season':
      return words(lex.seasons.keys());
    case 'partOfDay':
      return words(lex.partsOfDay.firstWords());
    case 'leadingPartOfDay':
      return words(lex.leadingPartsOfDay.firstWords());
    case 'direction':
      return words([...lex.past, ...lex.future]);
    case 'dayWord':
      return words(lex.dayWords.firstWords());
    case 'approximator':
      return words(lex.approximators.firstWords());
  }
}

/** The shape of a numeric token, or null when no date starts with it. */
export function numberShape(key: string): NumberShape | null {
  if (key.length <= 3) return 'small';
  if (key.length === 4) return 'year';
  return key.length >= 8 && key.length <= 10 && key.includes('.') ? 'dotted' : null;
}
