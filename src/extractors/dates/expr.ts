/**
 * What a rule makes of the words it matched, before any reference date:
 * the first phase's output, which the resolver turns into a calendar value.
 */
import type { Unit } from './lexicon.js';

/** `dernier`/`passé` or `prochain` written in the expression itself. */
export type Direction = 'past' | 'future';

export type DateExpr =
  /** A calendar date with the parts the text states: `16 novembre`, `août 2023`, `2014`, `samedi 21 mai 2022`. */
  | { kind: 'calendar'; year?: number; month?: number; day?: number; weekday?: number; direction?: Direction }
  /** A weekday without a day number: `samedi`, `tard mardi`, `mercredi dernier`, `ce jeudi`; `ce week-end` is its Saturday, approximately. */
  | { kind: 'weekday'; weekday: number; direction?: Direction; demonstrative?: boolean; approx?: boolean }
  /** A shift from the reference date: `hier` (-1 day), `la semaine dernière` (-1 week), `il y a trois ans`, `cette année` (0). */
  | { kind: 'shift'; unit: Unit; amount: number; approx?: boolean }
  /** A season, by the month at its heart: `au printemps` (4), `l'hiver dernier`. */
  | { kind: 'season'; month: number; year?: number; direction?: Direction };

export type Granularity = 'day' | 'month' | 'year';

/** The expression's own granularity, which the output keeps when the value cannot be resolved. */
export function granularityOf(e: DateExpr): Granularity {
  switch (e.kind) {
    case 'calendar':
      return e.day !== undefined ? 'day' : e.month !== undefined ? 'month' : 'year';
    case 'weekday':
      return 'day';
    case 'shift':
      return e.unit === 'day' ? 'day' : e.unit === 'year' ? 'year' : 'month';
    case 'season':
      return 'year';
  }
}
