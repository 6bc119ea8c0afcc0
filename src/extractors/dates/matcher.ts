/**
 * Matching a rule's pattern at a token: elements in order, optional ones
 * tried present first then absent (so the longest reading wins), apostrophes
 * and hyphens stepped over between words (`mi-octobre`, `d'ici`).
 */
import type { Captures, Element } from './elements.js';
import { readElement, type Read } from './slots.js';
import type { DateRule, RuleMatch } from './rule.js';
import type { Words } from './words.js';

export function matchRule(w: Words, rule: DateRule, i: number, limit: number): RuleMatch | null {
  const captures: Captures = {};
  const end = matchFrom(w, rule.pattern, 0, i, -1, limit, captures, { end: 0, value: undefined });
  if (end < 0) return null;
  if (rule.unless && end < limit) {
    const next = w.skipForward(end, limit);
    if (next < limit && rule.unless.has(w.key(next))) return null;
  }
  return { rule, start: i, end, captures };
}

function matchFrom(w: Words, els: readonly Element[], k: number, t: number, prevEnd: number, limit: number, caps: Captures, read: Read): number {
  if (k === els.length) return prevEnd;
  const el = els[k]!;
  const from = k === 0 || el.type === 'sep' ? t : w.skipForward(t, limit);
  if (readElement(w, el, from, limit, read)) {
    const elEnd = read.end;
    const name = el.type === 'sep' ? undefined : el.as;
    if (name) caps[name] = { start: from, end: elEnd, value: read.value };
    const end = matchFrom(w, els, k + 1, elEnd, elEnd, limit, caps, read);
    if (end >= 0) return end;
    if (name) caps[name] = undefined;
  }
  if (el.type !== 'sep' && el.optional) return matchFrom(w, els, k + 1, t, prevEnd, limit, caps, read);
  return -1;
}
