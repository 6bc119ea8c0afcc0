/**
 * Every date rule, and an index from a token to the rules that can start
 * there: a word is looked up only when its first letter and length match
 * some rule's first word (most tokens are never sliced), then one Map lookup.
 */
import { numberShape, startKeys, type NumberShape } from '../elements.js';
import { dateLexicon } from '../lexicon.js';
import type { DateRule } from '../rule.js';
import type { Words } from '../words.js';
import { CALENDAR_RULES } from './calendar.js';
import { RANGE_RULES } from './ranges.js';
import { RELATIVE_RULES } from './relative.js';
import { SEASON_RULES } from './seasons.js';
import { WEEKDAY_RULES } from './weekdays.js';
import { TokenKind } from '../../../text/tokens.js';

export const DATE_RULES: readonly DateRule[] = [...RANGE_RULES, ...CALENDAR_RULES, ...WEEKDAY_RULES, ...RELATIVE_RULES, ...SEASON_RULES];

const MAX_KEY_LENGTH = 31;

export class RuleIndex {
  private readonly byKey = new Map<string, DateRule[]>();
  private readonly byShape: Record<NumberShape, DateRule[]> = { small: [], year: [], dotted: [] };
  /** Bit `n` of entry `c`: some rule starts with a word of first char code `c` (< 128) and length `n`. */
  private readonly lengths = new Uint32Array(128);

  constructor(rules: readonly DateRule[]) {
    const lex = dateLexicon();
    for (const rule of rules) {
      const keys = new Set<string>();
      const shapes = new Set<NumberShape>();
      // A pattern can start with any element up to its first required one.
      for (const el of rule.pattern) {
        const s = startKeys(el, lex);
        for (const k of s.keys) keys.add(k);
        for (const n of s.numbers) shapes.add(n);
        if (el.type === 'sep' || !el.optional) break;
      }
      for (const k of keys) {
        const list = this.byKey.get(k);
        if (list) list.push(rule);
        else this.byKey.set(k, [rule]);
        const c = k.charCodeAt(0);
        if (c < 128 && k.length <= MAX_KEY_LENGTH) this.lengths[c]! |= 1 << k.length;
      }
      for (const n of shapes) this.byShape[n].push(rule);
    }
  }

  /** The rules that can start at token `i`, or undefined. */
  rulesAt(w: Words, i: number): readonly DateRule[] | undefined {
    const kind = w.kind(i);
    if (kind === TokenKind.Punct) return undefined;
    const start = w.start(i);
    const len = w.end(i) - start;
    if (kind === TokenKind.Number) {
      const shape = numberShape(w.key(i));
      return shape ? this.byShape[shape] : undefined;
    }
    const c = w.folded.charCodeAt(start);
    if (c < 128 && (len > MAX_KEY_LENGTH || (this.lengths[c]! & (1 << len)) === 0)) return undefined;
    return this.byKey.get(w.key(i));
  }
}

let built: RuleIndex | null = null;

export function ruleIndex(): RuleIndex {
  return (built ??= new RuleIndex(DATE_RULES));
}
