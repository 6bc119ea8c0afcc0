/**
 * An acronym in brackets after a mention (`Forces démocratiques syriennes
 * (FDS)`, `Centre conjoint d'information maritime (JMIC)`) names the same
 * actor there and wherever it recurs in capitals in the text. The text's
 * own definition wins over the gazetteer's: after `les forces de défense et
 * de sécurité (FDS)` of a Sahel story, `FDS` is that army, not the Syrian
 * Democratic Forces.
 */
import { abbreviates, ACRONYM_RE } from './acronym-check.js';
import type { Candidate, ActorEntry } from './types.js';
import type { TokenView } from './view.js';

export function addAcronyms(view: TokenView, list: Candidate[]): Candidate[] {
  const known = new Map<string, ActorEntry>();
  for (const c of list) {
    if (!view.keyIs(c.end, '(')) continue;
    const a = view.next(c.end);
    if (a < 0 || !ACRONYM_RE.test(view.raw(a)) || !view.keyIs(view.next(a), ')')) continue;
    const text = view.text.slice(view.tokens.start[c.start]!, view.tokens.end[c.end - 1]!);
    if (abbreviates(view.raw(a), text) || abbreviates(view.raw(a), c.entry!.name)) known.set(view.raw(a), c.entry!);
  }
  if (known.size === 0) return list;
  const added: Candidate[] = [];
  for (const [acronym, entry] of known) {
    for (let at = view.text.indexOf(acronym, view.doc.bodyStart); at >= 0; at = view.text.indexOf(acronym, at + acronym.length)) {
      const i = view.tokens.indexAt(at);
      if (i >= view.count || view.tokens.start[i] !== at || view.tokens.end[i] !== at + acronym.length) continue;
      const existing = covering(list, i);
      if (!existing) added.push({ start: i, end: i + 1, rule: 'acronym', entry, role: 'rule', priority: 1 });
      else if (existing.end === i + 1 && existing.entry!.id !== entry.id) {
        // The acronym ends the mention (`les FDS`): the text's definition names it.
        existing.entry = entry;
        existing.rule = 'acronym';
      }
    }
  }
  return added.length === 0 ? list : [...list, ...added].sort((a, b) => a.start - b.start);
}

/** The candidate covering token `i` (the list is sorted and without overlaps). */
function covering(list: readonly Candidate[], i: number): Candidate | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end <= i) lo = mid + 1;
    else hi = mid;
  }
  const c = list[lo];
  return c && c.start <= i ? c : null;
}
