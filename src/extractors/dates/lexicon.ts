/**
 * The date lexicons (src/lexicons/fr), typed and indexed once, at first use.
 */
import months from '../../lexicons/fr/months.json' with { type: 'json' };
import modifiers from '../../lexicons/fr/date-modifiers.json' with { type: 'json' };
import words from '../../lexicons/fr/date-words.json' with { type: 'json' };
import type { DateMod } from '../../schema.js';
import { PhraseTable } from './phrases.js';

export type Unit = 'day' | 'week' | 'month' | 'year';
export type PrefixMod = Extract<DateMod, 'after' | 'before' | 'approx'>;
export type BoundaryMod = Extract<DateMod, 'start' | 'mid' | 'end'> | 'none';

export interface DateLexicon {
  /** Full month names (`janvier`) and abbreviations (`janv`, usable only before a period). */
  monthNames: ReadonlyMap<string, number>;
  monthAbbreviations: ReadonlyMap<string, number>;
  weekdays: ReadonlyMap<string, number>;
  numbers: PhraseTable<number>;
  dayNumbers: ReadonlyMap<string, number>;
  units: ReadonlyMap<string, Unit>;
  seasons: ReadonlyMap<string, number>;
  dayWords: PhraseTable<number>;
  approximators: PhraseTable<true>;
  roundCounts: PhraseTable<number>;
  partsOfDay: PhraseTable<true>;
  leadingPartsOfDay: PhraseTable<true>;
  past: ReadonlySet<string>;
  future: ReadonlySet<string>;
  prefixes: PhraseTable<PrefixMod>;
  futurePrefixes: ReadonlySet<string>;
  boundaries: PhraseTable<BoundaryMod>;
  connectors: ReadonlySet<string>;
  weakCues: PhraseTable<true>;
  inSpan: ReadonlySet<string>;
  countCues: PhraseTable<true>;
  countablePrefixes: ReadonlySet<string>;
  countUnits: ReadonlySet<string>;
  yearFollowers: ReadonlySet<string>;
}

let built: DateLexicon | null = null;

export function dateLexicon(): DateLexicon {
  return (built ??= build());
}

function build(): DateLexicon {
  const monthNames = new Map<string, number>();
  const monthAbbreviations = new Map<string, number>();
  const seen = new Set<number>();
  // months.json lists each month's full name first, then its abbreviations.
  for (const [name, n] of Object.entries(months.months)) {
    if (seen.has(n)) monthAbbreviations.set(name, n);
    else monthNames.set(name, n);
    seen.add(n);
  }
  const weekdays = new Map<string, number>();
  for (const [name, n] of Object.entries(months.weekdays)) if (name.length > 3) weekdays.set(name, n);
  const flags = (list: readonly string[]) => list.map((p) => [p, true] as const);
  return {
    monthNames,
    monthAbbreviations,
    weekdays,
    numbers: new PhraseTable(Object.entries(words.numbers)),
    dayNumbers: new Map(Object.entries(words.dayNumbers)),
    units: new Map(Object.entries(words.units) as [string, Unit][]),
    seasons: new Map(Object.entries(words.seasons)),
    dayWords: new PhraseTable(Object.entries(words.dayWords)),
    approximators: new PhraseTable(flags(words.approximators)),
    roundCounts: new PhraseTable(Object.entries(words.roundCounts)),
    partsOfDay: new PhraseTable(flags(words.partsOfDay)),
    leadingPartsOfDay: new PhraseTable(flags(words.leadingPartsOfDay)),
    past: new Set(words.past),
    future: new Set(words.future),
    prefixes: new PhraseTable(Object.entries(modifiers.prefixes) as [string, PrefixMod][]),
    futurePrefixes: new Set(modifiers.futurePrefixes),
    boundaries: new PhraseTable(Object.entries(modifiers.boundaries) as [string, BoundaryMod][]),
    connectors: new Set(modifiers.connectors),
    weakCues: new PhraseTable(flags(modifiers.weakCues)),
    inSpan: new Set(modifiers.inSpan),
    countCues: new PhraseTable(flags(modifiers.countCues)),
    countablePrefixes: new Set(modifiers.countablePrefixes),
    countUnits: new Set(modifiers.countUnits),
    yearFollowers: new Set(modifiers.yearFollowers),
  };
}
