/**
 * An acronym in brackets after a mention (`Forces démocratiques syriennes
 * (FDS)`, `Centre conjoint d'information maritime (JMIC)`) names the same
 * actor there and wherever it recurs in capitals in the text.
 */
import { abbreviates, ACRONYM_RE } from './acronym-check.js';
import type { Candidate, ActorEntry } from './types.js';
import type { TokenView } from './view.js';

/** The first two letters in capitals, as in any acronym: no string is cut for other words. */
function capitalPair(view: TokenView, i: number): boolean {
  const at = view.tokens.start[i]!;
  const a = view.text.charCodeAt(at);
  const b = view.text.charCodeAt(at + 1);
  return a >= 65 && a <= 90 && ((b >= 65 && b <= 90) || (b >= 48 && b <= 57));
}

export function addAcronyms(view: TokenView, list: Candidate[]): Candidate[] {
  if (!list.some((c) => c.end < view.count && view.key(c.end) === '(')) return list;
  const covered = new Uint8Array(view.count);
  for (const c of list) covered.fill(1, c.start, c.end);
  const known = new Map<string, ActorEntry>();
  const added: Candidate[] = [];
  for (const c of list) {
    const open = view.next(c.end - 1);
    if (open < 0 || view.key(open) !== '(') continue;
    const a = view.next(open);
    if (a < 0 || !ACRONYM_RE.test(view.raw(a)) || view.key(view.next(a)) !== ')') continue;
    const text = view.text.slice(view.tokens.start[c.start]!, view.tokens.end[c.end - 1]!);
    if (!abbreviates(view.raw(a), text) && !abbreviates(view.raw(a), c.entry!.name)) continue;
    if (covered[a] === 0) {
      added.push({ start: a, end: a + 1, rule: 'acronym-in-brackets', entry: c.entry, role: 'rule', priority: 1 });
      covered[a] = 1;
    }
    known.set(view.raw(a), c.entry!);
  }
  if (known.size > 0) {
    const t = view.tokens;
    for (let i = view.first; i < view.count; i++) {
      // Only a capital word as long as a known acronym can be one: no slice for the others.
      const length = t.end[i]! - t.start[i]!;
      if (length < 2 || length > 10 || covered[i] === 1 || !capitalPair(view, i)) continue;
      const entry = known.get(view.raw(i));
      if (entry) added.push({ start: i, end: i + 1, rule: 'acronym', entry, role: 'rule', priority: 1 });
    }
  }
  return added.length === 0 ? list : [...list, ...added].sort((a, b) => a.start - b.start);
}
