/**
 * Resolve: what a counted phrase counts (troops, killed, injured, count) or
 * nothing, by the first named rule that decides. A rule returns a kind, `null`
 * (decided: not a quantity) or `undefined` (does not apply).
 */
import type { QuantityKind } from '../../schema.js';
import type { Words } from '../words.js';
import { cueAfter, cueBefore, tollBefore } from './cues.js';
import type { Head } from './head.js';
import type { CueKind, HeadClass, QuantityLexicon } from './lexicon.js';
import type { NumberPhrase } from './number-phrase.js';

/** A count read earlier in the text, which an elliptic count or `deux autres` continues. */
export interface Earlier {
  cls: HeadClass | 'unknown';
  kind: QuantityKind | null;
}

export interface KindInput {
  words: Words;
  lex: QuantityLexicon;
  number: NumberPhrase;
  head: Head;
  /** The class the phrase counts: its head's, or the earlier count's when it has no head. */
  cls: HeadClass | 'unknown' | 'none';
  /** First word of the mention (its qualifier included). */
  start: number;
  floor: number;
  limit: number;
  earlier: Earlier | null;
  /** `dont 2500 Américains`: a part of the count before it. */
  partOf: boolean;
  countStarts: ReadonlyMap<number, boolean>;
}

interface KindRule {
  name: string;
  resolve(x: KindInput): QuantityKind | null | undefined;
}

export const KIND_RULES: readonly KindRule[] = [
  // `le nombre de morts de l'attaque de 2019 s'élève à 40`: a bare year is a date, not a count.
  { name: 'bare-year', resolve: (x) => (x.head.cls === 'none' && x.number.rule === 'digits' && isYear(x) ? null : undefined) },
  { name: 'combined-toll', resolve: (x) => (x.head.combined ? null : undefined) },
  { name: 'toll', resolve: (x) => (x.cls === 'none' ? fate(x, tollBefore(x.words, x.lex, x.start, x.floor)) : undefined) },
  { name: 'not-counted', resolve: (x) => (x.cls === 'unknown' || x.cls === 'none' ? null : undefined) },
  { name: 'casualty-noun', resolve: (x) => (x.cls === 'killed' || x.cls === 'injured' ? x.cls : undefined) },
  { name: 'count-noun', resolve: (x) => (x.cls === 'count' ? countOf(x) : undefined) },
  { name: 'cue-before', resolve: (x) => fate(x, cueBefore(x.words, x.lex, x.start, x.floor)) },
  { name: 'cue-after', resolve: (x) => fate(x, cueAfter(x.words, x.lex, x.head.nounEnd, x.head.end, x.limit, x.countStarts)) },
  { name: 'part-of', resolve: (x) => (x.partOf && x.earlier ? x.earlier.kind : undefined) },
  { name: 'toll-people', resolve: (x) => (x.cls === 'soldier' || x.cls === 'fighter' || x.cls === 'person' ? fate(x, tollBefore(x.words, x.lex, x.start, x.floor)) : undefined) },
  { name: 'continued', resolve: (x) => (x.earlier && (x.head.autres || x.head.cls === 'none') ? x.earlier.kind : undefined) },
  { name: 'soldier-default', resolve: (x) => (x.cls === 'soldier' && !x.number.vague ? 'troops' : undefined) },
];

function isYear(x: KindInput): boolean {
  const v = x.number.value;
  return v >= 1900 && v <= 2100 && x.number.end - x.number.start === 1 && x.words.key(x.number.start).length === 4;
}

/** Drones, rockets or strikes counted, unless an article (`un drone`) or a trade (`a vendu 40 drones`). */
function countOf(x: KindInput): QuantityKind | null {
  if (x.number.article) return null;
  return cueBefore(x.words, x.lex, x.start, x.floor) === 'other' ? null : 'count';
}

/** What a cue makes of the people counted: civilians are never troops; `other` (captured, freed) is no quantity. */
function fate(x: KindInput, cue: CueKind | null): QuantityKind | null | undefined {
  if (cue === null) return undefined;
  if (cue === 'other') return null;
  if (cue === 'troops') return x.cls === 'soldier' || x.cls === 'fighter' ? 'troops' : undefined;
  return cue;
}

export function resolveKind(x: KindInput): { kind: QuantityKind; rule: string } | null {
  for (const rule of KIND_RULES) {
    const kind = rule.resolve(x);
    if (kind === undefined) continue;
    if (kind === null || !articleMayCount(x, kind)) return null;
    return { kind, rule: rule.name };
  }
  return null;
}

/** `un` counts a casualty (`un mort`, `un soldat a été blessé`), never troops nor projectiles (`un drone`). */
function articleMayCount(x: KindInput, kind: QuantityKind): boolean {
  if (!x.number.article) return true;
  if (kind !== 'killed' && kind !== 'injured') return false;
  return x.cls === 'killed' || x.cls === 'injured' || x.lex.singular.has(x.head.key);
}
