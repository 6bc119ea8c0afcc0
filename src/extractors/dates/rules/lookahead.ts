/**
 * One token of lookahead, derived from the rules' own patterns: when the
 * element that reads a token is one word long, the next token must be able
 * to start what the pattern needs next. Most numbers in news are counts
 * (`12 morts`) and most weekdays stand alone: their longer rules are dropped
 * on one lookup instead of being tried.
 */
import type { Element } from '../elements.js';
import { numberShape, startKeys, type NumberShape } from '../start-keys.js';
import { dateLexicon } from '../lexicon.js';
import type { DateRule } from '../rule.js';
import type { Words } from '../words.js';
import { TokenKind } from '../../../text/tokens.js';

export interface Starts {
  keys: ReadonlySet<string>;
  numbers: ReadonlySet<NumberShape>;
}

/** An element a pattern may start with, and what must follow it (null: the pattern may end there). */
export interface Lead {
  el: Element;
  starts: Starts;
  follow: Starts | null;
}

/**
 * The words that may stand right before a rule that needs something before
 * it (a cue, a boundary, an article): the last words of what it needs. Null
 * when the rule needs nothing. `a été` is common; `l'été` is a season.
 */
export function lookbehindOf(rule: DateRule): ReadonlySet<string> | null {
  if (!rule.needs) return null;
  const lex = dateLexicon();
  const out = new Set<string>([...lex.boundaries.lastWords(), ...lex.connectors, ...lex.prefixes.lastWords()]);
  for (const w of rule.article?.lastWords() ?? []) out.add(w);
  if (rule.needs === 'cue') for (const w of rule.cues ?? lex.weakCues.lastWords()) out.add(w);
  if (rule.needs === 'cue') for (const w of COORDINATION) out.add(w);
  return out;
}

/** Words that carry the cue of the date before them (`en 2014 et 2015`). */
export const COORDINATION: ReadonlySet<string> = new Set(['et', 'ou']);

/** Slots that always read exactly one token. */
const ONE_TOKEN = new Set(['weekday', 'day', 'year', 'monthNumber', 'unit', 'season', 'direction', 'dottedDate', 'count']);

/** Whether `el` reads a token of key `key` (or a number) and nothing more. */
export function readsOneToken(el: Element, key: string | null): boolean {
  if (el.type !== 'slot') return true;
  if (key === null) return el.slot !== 'month';
  if (el.slot === 'month') return dateLexicon().monthNames.has(key);
  if (el.slot === 'count') return dateLexicon().numbers.onlyOneWord(key);
  return ONE_TOKEN.has(el.slot);
}

/** Whether the token at `next` can start what `follow` lists. */
export function canFollow(follow: Starts, w: Words, next: number, limit: number): boolean {
  if (next >= limit) return false;
  if (follow.keys.has(w.key(next))) return true;
  next = w.skipForward(next, limit);
  if (next >= limit) return false;
  if (w.kind(next) === TokenKind.Number) {
    const shape = numberShape(w.key(next));
    return shape !== null && follow.numbers.has(shape);
  }
  return follow.keys.has(w.key(next));
}

/** The elements a pattern may start with: up to its first required one. */
export function leadsOf(els: readonly Element[]): Lead[] {
  const lex = dateLexicon();
  const out: Lead[] = [];
  for (let e = 0; e < els.length; e++) {
    const el = els[e]!;
    const s = startKeys(el, lex);
    out.push({ el, starts: { keys: new Set(s.keys), numbers: new Set(s.numbers) }, follow: followOf(els, e) });
    if (el.type === 'sep' || !el.optional) break;
  }
  return out;
}

/** The start keys of the elements after `e`, up to the first required one; null when all are optional. */
function followOf(els: readonly Element[], e: number): Starts | null {
  const lex = dateLexicon();
  const keys = new Set<string>();
  const numbers = new Set<NumberShape>();
  for (let k = e + 1; k < els.length; k++) {
    const el = els[k]!;
    const s = startKeys(el, lex);
    for (const key of s.keys) keys.add(key);
    for (const n of s.numbers) numbers.add(n);
    if (el.type === 'sep' || !el.optional) return { keys, numbers };
  }
  return null;
}
