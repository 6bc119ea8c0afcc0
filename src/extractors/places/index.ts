/**
 * Named places, geocoded offline: find the names the index knows (pass 1)
 * and those their context reveals (pass 2), drop what is not a place here
 * (pass 3), then give each its entry, country and coordinates (pass 4).
 */
import type { Doc, MentionSet } from '../../pipeline/document.js';
import type { PlaceMention } from '../../schema.js';
import { withoutOverlaps as overlapFree } from '../../pipeline/overlaps.js';
import type { Extractor } from '../types.js';
import type { Candidate } from './candidate.js';
import { applyContext } from './context.js';
import { isPlace } from './filters.js';
import { findNamed } from './named.js';
import { documentSurnames } from './persons.js';
import { chooseEntry, documentCountries, toMention } from './resolve.js';
import { unknownCountries, type Resolved } from './unknown-country.js';

export const placesExtractor: Extractor<'places'> = {
  category: 'places',
  extract: (doc, found) => extractPlaces(doc, found),
};

export function extractPlaces(doc: Doc, found: Readonly<MentionSet>): PlaceMention[] {
  // Words an actor mention already holds are not places (`Résistance islamique en Irak`).
  const candidates = withoutOverlaps(applyContext(doc, findNamed(doc)));
  const free = found.actors.length > 0 ? overlapFree(candidates, found.actors) : candidates;
  const surnames = documentSurnames(doc);
  const kept = free.filter((c) => isPlace(doc, c, surnames));
  const countries = documentCountries(doc, kept);
  const resolved: Resolved[] = [];
  for (const c of kept) {
    if (c.entries.length === 0) resolved.push({ c, entry: null });
    else {
      const entry = chooseEntry(c, countries);
      if (entry) resolved.push({ c, entry });
    }
  }
  const fallback = unknownCountries(doc, resolved, countries);
  return resolved.map((r, i) => toMention(doc, r.c, r.entry, fallback[i] ?? null));
}

/** Where spans overlap, the longer (`Tell Beydar` over `Tell`), then the earlier. */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const from = (c: Candidate): number => c.headStart ?? c.start;
  const sorted = [...candidates].sort((a, b) => from(a) - from(b));
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || last.end <= from(c)) kept.push(c);
    else if (c.end - from(c) > last.end - from(last)) kept[kept.length - 1] = c;
  }
  return kept;
}

