/**
 * Where candidates overlap, one keeps the words: the longest, then the
 * higher priority (gazetteer > institution > named rule > bare noun), then
 * the first. Overlaps are local, so candidates are taken in text order and
 * only each cluster of overlapping ones is ranked.
 */
import type { Candidate } from './types.js';

function better(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start;
}

export function selectCandidates(candidates: readonly Candidate[]): Candidate[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start);
  const kept: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) kept.push(cluster[0]!);
    else if (cluster.length > 1) kept.push(...rank(cluster));
    cluster = [];
  };
  for (const c of byStart) {
    if (c.start >= clusterEnd) flush();
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  flush();
  return kept;
}

/** Longest first within one cluster of overlapping candidates; the kept ones in text order. */
function rank(cluster: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of [...cluster].sort(better)) if (kept.every((k) => c.end <= k.start || k.end <= c.start)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
