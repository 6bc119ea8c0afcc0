/**
 * Where candidates overlap, one keeps the words: the longest, then the
 * higher priority (gazetteer > institution > named rule > bare noun), then
 * the first.
 */
import type { Candidate } from './types.js';

export function selectCandidates(candidates: readonly Candidate[], tokenCount: number): Candidate[] {
  const order = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const used = new Uint8Array(tokenCount);
  const kept: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = used[i] === 0;
    if (!free) continue;
    used.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
