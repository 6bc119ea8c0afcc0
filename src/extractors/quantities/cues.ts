/**
 * What happened to the people a phrase counts, read from the words around it:
 * a verb or noun governing it (`a tué trois soldats`, `la mort de neuf
 * soldats`, `la perte d'un hélicoptère et de six hommes`), or the predicate of
 * the clause it is the subject of (`cinq militaires irakiens ont été tués`,
 * `trois personnes, « deux chefs » et leur chauffeur, sont mortes`).
 */
import { TokenKind } from '../../text/tokens.js';
import type { Words } from '../words.js';
import type { CueKind, QuantityLexicon } from './lexicon.js';

const VERB_WINDOW = 3;
const NOUN_WINDOW = 6;
const AFTER_WINDOW = 12;
/** Words between a governing verb and its object that do not count towards the window. */
const TRANSPARENT = new Set(['de', 'd', 'les', 'des', 'l', 'la', 'le', 'ses', 'leurs', 'leur', 'son', 'sa', 'au', 'total', 'en', '"']);
const CLAUSE_END = new Set(['.', ';', ':', '?', '!', '…']);
/** Words allowed between an auxiliary and the participle that is the cue (`ont été légèrement blessés`). */
const AFTER_AUXILIARY = 4;
const AUXILIARIES = new Set(['ont', 'sont', 'est', 'etaient', 'etait', 'avaient', 'avait', 'seront', 'sera', 'auraient', 'aurait', 'furent', 'fut']);
const COORDINATORS = new Set(['et', 'ou', ',']);

export function cueBefore(words: Words, lex: QuantityLexicon, start: number, floor: number): CueKind | null {
  let seen = 0;
  let coordinated = false;
  for (let p = start - 1; p >= floor && p >= start - NOUN_WINDOW; p--) {
    const punct = words.kind[p] === TokenKind.Punct;
    if (punct ? !words.is(p, '"') : words.is(p, 'dont')) break;
    if (words.is(p, 'et') || words.is(p, 'ou')) coordinated = true;
    if (seen < VERB_WINDOW && !coordinated) {
      const verb = lex.verbCuesBefore.endingAt(words, p, floor);
      if (verb) return verb.value;
    }
    const noun = lex.nounCuesBefore.endingAt(words, p, floor);
    if (noun) return noun.value;
    if (!TRANSPARENT.has(words.key(p))) seen++;
  }
  return null;
}

/** `ont`, `sont`, `a` (not `à`, which folds to the same key)... */
function isAuxiliary(words: Words, p: number): boolean {
  if (words.is(p, 'a')) {
    const c = words.text.charCodeAt(words.start[p]!);
    return c === 97 || c === 65;
  }
  return AUXILIARIES.has(words.key(p));
}

/** `le nombre de morts s'élève à 45`: a toll named shortly before a bare number. */
export function tollBefore(words: Words, lex: QuantityLexicon, start: number, floor: number): CueKind | null {
  for (let p = start - 1; p >= floor && p >= start - NOUN_WINDOW; p--) {
    if (words.kind[p] === TokenKind.Punct && !words.is(p, '"')) break;
    const m = lex.tolls.endingAt(words, p, floor);
    if (m) return m.value;
  }
  return null;
}

/**
 * The first cue after the phrase, within its clause. Another count stops the
 * search unless it stands in apposition with a noun of its own (`, « deux chefs »`,
 * `dont un officier`) or is coordinated right after it (`six militaires maliens et quatre
 * civils ont péri`: the words from `attachedEnd` to it are only `et`, `ou` or commas);
 * `countStarts` maps where counts start to whether they have a noun.
 */
export function cueAfter(
  words: Words,
  lex: QuantityLexicon,
  end: number,
  attachedEnd: number,
  limit: number,
  countStarts: ReadonlyMap<number, boolean>,
): CueKind | null {
  let seen = 0;
  let onlyCoordinators = true;
  let sinceAuxiliary = -1;
  for (let p = end; p < limit && seen < AFTER_WINDOW; p++) {
    const punct = words.kind[p] === TokenKind.Punct;
    if (punct ? CLAUSE_END.has(words.key(p)) : lex.afterStops.at(words, p, limit)) break;
    if (!punct) seen++;
    // The clause's verb comes soon after its auxiliary: past it, a cue belongs to another clause
    // (`3 000 personnes ont manifesté contre la guerre qui a tué...`).
    if (sinceAuxiliary >= 0 && !punct && ++sinceAuxiliary > AFTER_AUXILIARY) break;
    if (sinceAuxiliary < 0 && isAuxiliary(words, p)) sinceAuxiliary = 0;
    const headed = countStarts.get(p);
    // `six militaires et quatre civils ont péri`: coordinated counts share their predicate.
    if (p > end && headed !== undefined && !(headed && (onlyCoordinators || lex.appositionMarkers.has(words.key(p - 1))))) break;
    if (p >= attachedEnd && !COORDINATORS.has(words.key(p))) onlyCoordinators = false;
    const m = lex.cuesAfter.at(words, p, limit);
    if (m) return m.value;
  }
  return null;
}
