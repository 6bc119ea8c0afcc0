/**
 * Where two categories claim the same words, one keeps them: a span is an
 * actor or a place, never both (the actor extractor only claims a country or
 * capital when it acts), and a number inside a date is not a quantity.
 */
import type { Doc, MentionSet } from './document.js';

/** No mention is longer than this; it bounds the backward scan. */
const MAX_MENTION_LENGTH = 1000;

interface Span {
  start: number;
  end: number;
}

export function resolveMentionOverlaps(_doc: Doc, mentions: MentionSet): void {
  mentions.places = withoutOverlaps(mentions.places, mentions.actors);
  mentions.quantities = withoutOverlaps(mentions.quantities, mentions.dates);
}

/** The mentions of `weaker` that overlap none of `stronger` (both sorted or not). */
export function withoutOverlaps<T extends Span>(weaker: T[], stronger: readonly Span[]): T[] {
  if (weaker.length === 0 || stronger.length === 0) return weaker;
  const sorted = sortedByStart(stronger);
  for (let i = 0; i < weaker.length; i++) {
    // Most documents have no overlap: the list is kept as it is.
    if (overlapsAny(weaker[i]!, sorted)) return weaker.filter((w) => !overlapsAny(w, sorted));
  }
  return weaker;
}

/** The spans sorted by start; the list itself when it already is (extractors find spans in order). */
export function sortedByStart<S extends { start: number }>(spans: readonly S[]): readonly S[] {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1]!.start > spans[i]!.start) return [...spans].sort((a, b) => a.start - b.start);
  return spans;
}

function overlapsAny(span: Span, sorted: readonly Span[]): boolean {
  let lo = 0;
  let hi = sorted.length;
  // First span that ends after `span` starts could overlap; earlier ones end before it.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < span.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const s = sorted[i]!;
    if (s.end > span.start) return true;
    if (s.start < span.start - MAX_MENTION_LENGTH) break;
  }
  return false;
}
