/**
 * An acronym in brackets after a mention (`Forces démocratiques syriennes
 * (FDS)`, `Centre conjoint d'information maritime (JMIC)`) names the same
 * actor there and wherever it recurs in capitals in the text.
 */
import { abbreviates, ACRONYM_RE } from './acronym-check.js';
import type { Candidate, ActorEntry } from './types.js';
import type { TokenView } from './view.js';

export function addAcronyms(view: TokenView, list: Candidate[]): Candidate[] {
  const covered = new Set<number>();
  for (const c of list) for (let i = c.start; i < c.end; i++) covered.add(i);
  const known = new Map<string, ActorEntry>();
  const added: Candidate[] = [];
  for (const c of list) {
    const open = view.next(c.end - 1);
    if (open < 0 || view.key(open) !== '(') continue;
    const a = view.next(open);
    if (a < 0 || !ACRONYM_RE.test(view.raw(a)) || view.key(view.next(a)) !== ')') continue;
    const text = view.text.slice(view.tokens.start[c.start]!, view.tokens.end[c.end - 1]!);
    if (!abbreviates(view.raw(a), text) && !abbreviates(view.raw(a), c.entry!.name)) continue;
    if (!covered.has(a)) {
      added.push({ start: a, end: a + 1, rule: 'acronym-in-brackets', entry: c.entry, role: 'rule', priority: 1 });
      covered.add(a);
    }
    known.set(view.raw(a), c.entry!);
  }
  if (known.size > 0) {
    for (let i = view.first; i < view.count; i++) {
      const entry = covered.has(i) || !view.isWord(i) ? undefined : known.get(view.raw(i));
      if (entry) added.push({ start: i, end: i + 1, rule: 'acronym', entry, role: 'rule', priority: 1 });
    }
  }
  return added.length === 0 ? list : [...list, ...added].sort((a, b) => a.start - b.start);
}
