/**
 * Small readings of French clause structure around a name: what precedes it
 * (a preposition, a determiner, a clause boundary) and whether a finite
 * verb follows it as its subject (`Washington a annoncé`, `Moscou, comme à
 * son habitude, affirme`, `Washington qui est ... compte`).
 */
import cues from './lexicon/agency.json' with { type: 'json' };
import { TokenKind } from '../../text/tokens.js';
import type { TokenView } from './view.js';

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);

export const DETERMINERS = set(cues.determiners);
const CLITICS = set(cues.clitics);
const ADVERBS = set(cues.adverbs);
const FINITE = set(cues.finiteVerbs);
const RELATIVES = set(cues.relatives);
const GOVERNORS = set([...cues.placePrepositions, ...cues.genitives, ...cues.determiners, ...cues.agentPrepositions, ...cues.spatialNouns, ...cues.governors]);
const NOT_VERBS = set([...cues.notVerbs, ...cues.determiners, ...cues.genitives, ...cues.placePrepositions, ...cues.agentPrepositions, ...cues.coordinators]);
const VERB_ENDINGS = cues.verbEndings;
const NOT_VERB_ENDING_RE = /(?:é|ée|és|ées|ment|tion|sion|ité|eur|eurs|isme|iste|istes|ique|iques|ienne|iennes|aine|aines)$/u;
/** How far a parenthetical (`, comme à son habitude,`) may run before the verb. */
const MAX_PARENTHETICAL = 16;

export interface LeftContext {
  /** The word before the name and its determiner, or -1 at the start of a line. */
  p: number;
  hadDeterminer: boolean;
}

export function leftContext(view: TokenView, start: number): LeftContext {
  let p = view.prev(start);
  let hadDeterminer = false;
  if (p >= 0 && DETERMINERS.has(view.word(p))) {
    hadDeterminer = true;
    p = view.prev(p);
  }
  return { p, hadDeterminer };
}

/**
 * Token `p` may precede a subject: anything but a word that governs the name
 * (a preposition, an article, a noun the name would qualify: `la capitale Bagdad`).
 */
export function opensClause(view: TokenView, p: number): boolean {
  if (p < 0) return true;
  if (view.tokens.kind[p] === TokenKind.Punct) return !view.isGlue(p);
  return !GOVERNORS.has(view.word(p));
}

export function isFiniteVerb(view: TokenView, j: number): boolean {
  if (j < 0 || view.tokens.kind[j] !== TokenKind.Word || view.upperInitial(j)) return false;
  const w = view.lower(j);
  if (FINITE.has(w)) return true;
  if (w.length < 3 || NOT_VERBS.has(w) || NOT_VERB_ENDING_RE.test(w)) return false;
  return VERB_ENDINGS.some((e) => w.endsWith(e));
}

/** Whether the words after token `last` make it the subject of a finite verb. */
export function verbFollows(view: TokenView, last: number): boolean {
  let j = view.next(last);
  if (j < 0) return false;
  const comma = view.keyIs(j, ',');
  if (comma || view.keyIs(j, '(')) {
    j = afterParenthetical(view, j, comma ? ',' : ')');
    if (j < 0) return false;
  }
  if (RELATIVES.has(view.word(j))) return true;
  for (let steps = 0; steps < 4 && j >= 0 && (CLITICS.has(view.word(j)) || ADVERBS.has(view.word(j))); steps++) j = view.next(j);
  return isFiniteVerb(view, j);
}

function afterParenthetical(view: TokenView, open: number, close: string): number {
  const sentence = view.sentence(open);
  let j = view.next(open);
  for (let n = 0; j >= 0 && n < MAX_PARENTHETICAL && view.sentence(j) === sentence; n++) {
    if (view.keyIs(j, close)) return view.next(j);
    j = view.next(j);
  }
  return -1;
}

/** Whether `phrase` (words as `view.word` gives them) ends at token `p`. */
export function phraseEndsAt(view: TokenView, phrase: readonly string[], p: number): boolean {
  let j = p;
  for (let k = phrase.length - 1; k >= 0; k--) {
    if (j < 0 || view.word(j) !== phrase[k]) return false;
    j = view.prev(j);
  }
  return true;
}

/** Whether `phrase` starts at token `j`. */
export function phraseStartsAt(view: TokenView, phrase: readonly string[], j: number): boolean {
  let i = j;
  for (const w of phrase) {
    if (i < 0 || view.word(i) !== w) return false;
    i = view.next(i);
  }
  return true;
}
