/**
 * The quantity lexicons (src/lexicons/fr), typed and indexed once, at first use.
 */
import cues from '../../lexicons/fr/casualty-cues.json' with { type: 'json' };
import countries from '../../lexicons/fr/countries.json' with { type: 'json' };
import heads from '../../lexicons/fr/quantity-heads.json' with { type: 'json' };
import numberWords from '../../lexicons/fr/number-words.json' with { type: 'json' };
import qualifiers from '../../lexicons/fr/quantity-qualifiers.json' with { type: 'json' };
import type { Qualifier } from '../../schema.js';
import { lexKey } from '../../text/fold.js';
import { PhraseIndex } from '../phrases.js';
import { KeyFilter } from '../key-filter.js';

export type HeadClass = 'soldier' | 'fighter' | 'person' | 'killed' | 'injured' | 'count';
/** `other`: arrested, captured, freed...: what makes people counted no quantity of ours. */
export type CueKind = 'killed' | 'injured' | 'troops' | 'other';

export interface Vague {
  value: number;
  qualifier: Qualifier;
}

export interface QuantityLexicon {
  units: Map<string, number>;
  teens: Map<string, number>;
  tens: Map<string, number>;
  hundreds: Set<string>;
  thousands: Set<string>;
  multipliers: Map<string, number>;
  collectives: Map<string, number>;
  collectiveAdjectives: Set<string>;
  vague: PhraseIndex<Vague>;
  pluralDeterminers: Set<string>;
  indefiniteDesAfter: Set<string>;
  qualifiersBefore: PhraseIndex<Qualifier>;
  qualifiersAfter: PhraseIndex<Qualifier>;
  /** One- and two-word head nouns. */
  heads: Map<string, HeadClass>;
  /** First words of the two-word heads (`casques` of `casques bleus`). */
  twoWordHeadStarts: Set<string>;
  singular: Set<string>;
  notHeads: PhraseIndex<true>;
  attachedAfter: Set<string>;
  preHeadAdjectives: Set<string>;
  ellipticFollowers: Set<string>;
  /** Measures (`%`, `pour cent`, `dollars`): a number before them is never a count. */
  unitSymbols: Set<string>;
  unitWords: PhraseIndex<true>;
  /** Folded nationality adjectives and nouns (`americains`, `irakienne`). */
  demonyms: Set<string>;
  verbCuesBefore: PhraseIndex<CueKind>;
  nounCuesBefore: PhraseIndex<CueKind>;
  cuesAfter: PhraseIndex<CueKind>;
  tolls: PhraseIndex<CueKind>;
  afterStops: PhraseIndex<true>;
  negationDeterminers: Set<string>;
  negationAdverbs: Set<string>;
  negationVerbs: Set<string>;
  appositionMarkers: Set<string>;
  /**
   * Every word that may start a number phrase or a negated toll: one lookup skips all other words.
   * `de centaines` starts at `centaines`, so `de` is not one.
   */
  starters: Set<string>;
  startersFilter: KeyFilter;
  /**
   * Frequent starters that begin a count only before certain words: `un` / `une` before a
   * collective, a casualty or a person it may count (most are articles), `des` before a
   * casualty noun or a plural collective (most are `de` + `les`).
   */
  nextWordGuards: Map<string, Set<string>>;
}

let built: QuantityLexicon | null = null;

export function quantityLexicon(): QuantityLexicon {
  return (built ??= build());
}

const keyed = (list: readonly string[]): Set<string> => new Set(list.map(lexKey));
const entries = <T>(o: Record<string, T>): [string, T][] => Object.entries(o);

function build(): QuantityLexicon {
  const lex = buildLists();
  const starters = new Set<string>([
    ...lex.units.keys(), ...lex.teens.keys(), ...lex.tens.keys(), ...lex.hundreds, ...lex.thousands,
    ...lex.collectives.keys(), ...lex.multipliers.keys(), ...lex.negationDeterminers, ...lex.negationAdverbs,
    ...Object.keys(numberWords.vagueDeterminers).map((v) => lexKey(v).split(' ')[0]!), 'des', 'plusieurs', 'quelques', 'entre',
  ]);
  const casualties = [...lex.heads].filter(([, cls]) => cls === 'killed' || cls === 'injured').map(([k]) => k);
  const vagueSecond = Object.keys(numberWords.vagueDeterminers).map((v) => lexKey(v).split(' ')).filter((w) => w[0] === 'un' || w[0] === 'une').map((w) => w[1]!);
  const afterOne = new Set([...lex.singular, ...casualties, ...lex.collectives.keys(), ...lex.multipliers.keys(), ...vagueSecond, ...lex.collectiveAdjectives]);
  const afterDes = new Set([...casualties, ...[...lex.collectives.keys(), ...lex.multipliers.keys()].filter((k) => k.endsWith('s'))]);
  const nextWordGuards = new Map([['un', afterOne], ['une', afterOne], ['des', afterDes]]);
  return { ...lex, starters, startersFilter: new KeyFilter(starters), nextWordGuards };
}

function buildLists(): Omit<QuantityLexicon, 'starters' | 'startersFilter' | 'nextWordGuards'> {
  const headMap = new Map<string, HeadClass>();
  for (const cls of ['soldier', 'fighter', 'person', 'killed', 'injured', 'count'] as const) {
    for (const h of heads[cls]) headMap.set(lexKey(h), cls);
  }
  const before = cues.before;
  const kinds = ['killed', 'injured', 'troops', 'other'] as const;
  return {
    units: new Map(entries(numberWords.units)),
    teens: new Map(entries(numberWords.teens)),
    tens: new Map(entries(numberWords.tens)),
    hundreds: new Set(numberWords.hundreds),
    thousands: new Set(numberWords.thousands),
    multipliers: new Map(entries(numberWords.multipliers)),
    collectives: new Map(entries(numberWords.collectives)),
    collectiveAdjectives: new Set(numberWords.collectiveAdjectives),
    vague: new PhraseIndex(entries(numberWords.vagueDeterminers as Record<string, Vague>)),
    pluralDeterminers: new Set(numberWords.pluralDeterminers),
    indefiniteDesAfter: new Set(numberWords.indefiniteDesAfter),
    qualifiersBefore: new PhraseIndex(entries(qualifiers.before as Record<string, Qualifier>)),
    qualifiersAfter: new PhraseIndex(entries(qualifiers.after as Record<string, Qualifier>)),
    heads: headMap,
    twoWordHeadStarts: new Set([...headMap.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!)),
    singular: keyed(heads.singular),
    notHeads: new PhraseIndex(heads.notHeads.map((h) => [h, true] as const)),
    attachedAfter: keyed(heads.attachedAfter),
    preHeadAdjectives: keyed(heads.preHeadAdjectives),
    ellipticFollowers: keyed(heads.ellipticFollowers),
    unitSymbols: new Set(heads.units.filter((u) => lexKey(u) === '')),
    unitWords: new PhraseIndex(heads.units.filter((u) => lexKey(u) !== '').map((u) => [u, true] as const)),
    demonyms: new Set(countries.countries.flatMap((c) => c.demonyms.map(lexKey))),
    verbCuesBefore: new PhraseIndex(kinds.flatMap((k) => before[k].verbs.map((v) => [v, k] as const))),
    nounCuesBefore: new PhraseIndex(kinds.flatMap((k) => before[k].nouns.map((v) => [v, k] as const))),
    cuesAfter: new PhraseIndex(kinds.flatMap((k) => cues.after[k].map((v) => [v, k] as const))),
    tolls: new PhraseIndex((['killed', 'injured'] as const).flatMap((k) => cues.tolls[k].map((v) => [v, k] as const))),
    afterStops: new PhraseIndex(cues.afterStops.map((w) => [w, true] as const)),
    negationDeterminers: keyed(cues.negation.determiners),
    negationAdverbs: keyed(cues.negation.adverbs),
    negationVerbs: keyed(cues.negation.verbs),
    appositionMarkers: new Set(cues.appositionMarkers),
  };
}
