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

/** The first two letters in capitals, as in any acronym: no string is cut for other words. */
function capitalPair(view: TokenView, i: number): boolean {
  const at = view.tokens.start[i]!;
  const a = view.text.charCodeAt(at);
  const b = view.text.charCodeAt(at + 1);
  return a >= 65 && a <= 90 && ((b >= 65 && b <= 90) || (b >= 48 && b <= 57));
}

export function addAcronyms(view: TokenView, list: Candidate[]): Candidate[] {
  if (!list.some((c) => c.end < view.count && view.key(c.end) === '(')) return list;
  // Candidates by their last token: an acronym is the last word of its mention (`les FDS`).
  const at = new Map<number, Candidate>();
  for (const c of list) at.set(c.end - 1, c);
  const known = new Map<string, ActorEntry>();
  const added: Candidate[] = [];
  for (const c of list) {
    const open = view.next(c.end - 1);
    if (open < 0 || view.key(open) !== '(') continue;
    const a = view.next(open);
    if (a < 0 || !ACRONYM_RE.test(view.raw(a)) || view.key(view.next(a)) !== ')') continue;
    const text = view.text.slice(view.tokens.start[c.start]!, view.tokens.end[c.end - 1]!);
    if (!abbreviates(view.raw(a), text) && !abbreviates(view.raw(a), c.entry!.name)) continue;
    const existing = at.get(a);
    if (existing && existing.end === a + 1) {
      if (existing.entry!.id !== c.entry!.id) {
        existing.entry = c.entry;
        existing.rule = 'acronym-in-brackets';
      }
    } else if (!existing) {
      const added1: Candidate = { start: a, end: a + 1, rule: 'acronym-in-brackets', entry: c.entry, role: 'rule', priority: 1 };
      added.push(added1);
      at.set(a, added1);
    }
    known.set(view.raw(a), c.entry!);
  }
  if (known.size === 0) return list;
  const covered = new Uint8Array(view.count);
  for (const c of [...list, ...added]) covered.fill(1, c.start, c.end);
  const t = view.tokens;
  for (let i = view.first; i < view.count; i++) {
    // Only a capital word as long as a known acronym can be one: no slice for the others.
    const length = t.end[i]! - t.start[i]!;
    if (length < 2 || length > 10 || !capitalPair(view, i)) continue;
    const entry = known.get(view.raw(i));
    if (!entry) continue;
    const existing = at.get(i);
    if (existing && existing.end === i + 1 && existing.entry!.id !== entry.id) {
      existing.entry = entry;
      existing.rule = 'acronym';
    } else if (covered[i] === 0) {
      added.push({ start: i, end: i + 1, rule: 'acronym', entry, role: 'rule', priority: 1 });
    }
  }
  return added.length === 0 ? list : [...list, ...added].sort((a, b) => a.start - b.start);
}
