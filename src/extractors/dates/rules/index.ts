/**
 * Every date rule, and an index from a token to the rules that can start
 * there, each with the lookahead its pattern allows. A word is looked up only
 * when its first two letters and its length match some rule's first word
 * (most tokens are never sliced), then with one Map lookup.
 */
import { numberShape, type NumberShape } from '../start-keys.js';
import type { DateRule } from '../rule.js';
import type { Words } from '../words.js';
import { TokenKind } from '../../../text/tokens.js';
import { CALENDAR_RULES } from './calendar.js';
import { leadsOf, lookbehindOf, readsOneToken, type Starts } from './lookahead.js';
import { RANGE_RULES } from './ranges.js';
import { RELATIVE_RULES } from './relative.js';
import { SEASON_RULES } from './seasons.js';
import { WEEKDAY_RULES } from './weekdays.js';

export const DATE_RULES: readonly DateRule[] = [...RANGE_RULES, ...CALENDAR_RULES, ...WEEKDAY_RULES, ...RELATIVE_RULES, ...SEASON_RULES];

/** A rule that may start on a token, what the next token must start, and what the token before must be (null: anything). */
export interface Candidate {
  rule: DateRule;
  follow: Starts | null;
  before: ReadonlySet<string> | null;
}

const MAX_KEY_LENGTH = 31;

export class RuleIndex {
  private readonly byKey = new Map<string, Candidate[]>();
  private readonly byShape: Record<NumberShape, Candidate[]> = { small: [], year: [], dotted: [] };
  /**
   * Bit `n` of entry `slot(c1, c2)`: some rule starts with a word of length `n`
   * whose first char codes (< 128) are `c1`, `c2` up to their low five bits.
   * 4 KB: small enough to stay in the processor's cache from one document to the next.
   */
  private readonly lengths = new Uint32Array(32 * 32);

  constructor(rules: readonly DateRule[]) {
    for (const rule of rules) {
      const leads = leadsOf(rule.pattern);
      const before = lookbehindOf(rule);
      const keys = new Set(leads.flatMap((l) => [...l.starts.keys]));
      for (const key of keys) {
        const reading = leads.filter((l) => l.starts.keys.has(key));
        // Two elements could read this word: no lookahead.
        const only = reading.length === 1 ? reading[0]! : null;
        push(this.byKey, key, { rule, follow: only && readsOneToken(only.el, key) ? only.follow : null, before });
        const slot = lengthSlot(key, 0, key.length);
        if (slot >= 0 && key.length <= MAX_KEY_LENGTH) this.lengths[slot]! |= 1 << key.length;
      }
      for (const shape of ['small', 'year', 'dotted'] as const) {
        const reading = leads.filter((l) => l.starts.numbers.has(shape));
        if (reading.length === 0) continue;
        const only = reading.length === 1 ? reading[0]! : null;
        this.byShape[shape].push({ rule, follow: only && readsOneToken(only.el, null) ? only.follow : null, before });
      }
    }
  }

  /**
   * The first token from `i` (before `end`) that passes the cheap filter: a
   * number, or a word whose first two letters and length some rule starts
   * with. This loop runs once per token of the text, so it reads the arrays
   * directly and calls nothing.
   */
  nextCandidate(w: Words, i: number, end: number): number {
    const { kind, start, end: ends } = w.tokens;
    const folded = w.folded;
    const lengths = this.lengths;
    const anyLength = w.tokens.marks;
    for (; i < end; i++) {
      const k = kind[i];
      if (k === TokenKind.Punct) continue;
      if (k === TokenKind.Number || anyLength) return i;
      const s = start[i]!;
      const len = ends[i]! - s;
      if (len > MAX_KEY_LENGTH) continue;
      const c1 = folded.charCodeAt(s);
      const c2 = len > 1 ? folded.charCodeAt(s + 1) : 0;
      if (c1 >= 128 || c2 >= 128 || (lengths[((c1 & 31) << 5) | (c2 & 31)]! & (1 << len)) !== 0) return i;
    }
    return end;
  }

  /** The rules that can start at token `i`, or undefined. */
  candidatesAt(w: Words, i: number): readonly Candidate[] | undefined {
    const kind = w.kind(i);
    if (kind === TokenKind.Punct) return undefined;
    const start = w.start(i);
    const len = w.end(i) - start;
    if (kind === TokenKind.Number) {
      const shape = numberShape(w.key(i));
      return shape ? this.byShape[shape] : undefined;
    }
    // With combining marks in the text, a token is longer than its key: no length filter then.
    const slot = w.tokens.marks ? -1 : lengthSlot(w.folded, start, len);
    if (slot >= 0 && (len > MAX_KEY_LENGTH || (this.lengths[slot]! & (1 << len)) === 0)) return undefined;
    return this.byKey.get(w.key(i));
  }
}

function push(map: Map<string, Candidate[]>, key: string, c: Candidate): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

/** The table entry of a word by its first two characters; -1 when they are not ASCII (such words are always looked up). */
function lengthSlot(text: string, start: number, len: number): number {
  const c1 = text.charCodeAt(start);
  const c2 = len > 1 ? text.charCodeAt(start + 1) : 0;
  return c1 < 128 && c2 < 128 ? ((c1 & 31) << 5) | (c2 & 31) : -1;
}

let built: RuleIndex | null = null;

export function ruleIndex(): RuleIndex {
  return (built ??= new RuleIndex(DATE_RULES));
}
