/**
 * Where candidates overlap, one keeps the words: the longest, then the
 * higher priority (gazetteer > institution > named rule > bare noun), then
 * the first.
 */
import type { Candidate } from './types.js';

export function selectCandidates(candidates: readonly Candidate[]): Candidate[] {
  const order = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const used = new Set<number>();
  const kept: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = !used.has(i);
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) used.add(i);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
