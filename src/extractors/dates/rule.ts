/**
 * A date rule: a name, a token pattern with named captures, and what the
 * captures mean (Duckling's `Rule { name, pattern, prod }`). The name travels
 * with every mention the rule produces.
 */
import type { Captures, Element } from './elements.js';
import type { DateExpr } from './expr.js';
import { PhraseTable } from './phrases.js';

export interface DateRule {
  readonly name: string;
  readonly pattern: readonly Element[];
  /**
   * What must stand before the match for it to be a date: `cue` (a bare year
   * or season needs `en`, `de`, `depuis`... : `en 2014`, not `Mirage 2000`),
   * `boundary` (`l'année` alone is a date only in `la fin de l'année`),
   * `article` (its article, or a boundary: `la semaine dernière`, `fin de semaine dernière`).
   */
  readonly needs?: 'cue' | 'boundary' | 'article';
  /** Words right before the match that belong to the expression (`l'` of `l'année dernière`, `mois d'` of `au mois d'août`). */
  readonly article?: PhraseTable<true>;
  /** Parts of the day may stand before it (`tôt mercredi`, `dans la nuit du 3 au 4 mars`). */
  readonly partOfDayBefore?: boolean;
  /** Cue words accepted for `needs: 'cue'`, when not all weak cues are. */
  readonly cues?: ReadonlySet<string>;
  /** Words that, right after the match, make it something else (`cette année-là`, `printemps arabe`). */
  readonly unless?: ReadonlySet<string>;
  /** A number that counts things (`2000 soldats`) is not a year: check the words around it. */
  readonly countGuard?: boolean;
  resolve(g: Captures): DateExpr | null;
}

/** The `article` of a rule: one or more lexKey phrases. */
export function articles(...phrases: string[]): PhraseTable<true> {
  return new PhraseTable(phrases.map((p) => [p, true] as const));
}

/** A rule matched at a place in the text: tokens `[start, end)`. */
export interface RuleMatch {
  rule: DateRule;
  start: number;
  end: number;
  captures: Captures;
}
