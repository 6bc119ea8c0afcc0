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
import type { PlaceEntry } from './entry.js';
import { TokenKind } from '../../text/tokens.js';
import { isPlace } from './filters.js';
import { placeLexicon } from './lexicon.js';
import { tokenKeys } from './token-keys.js';
import { findNamed } from './named.js';
import { documentSurnames } from './persons.js';
import { chooseEntry, documentCountries, toMention } from './resolve.js';

export const placesExtractor: Extractor<'places'> = {
  category: 'places',
  extract: (doc, found) => extractPlaces(doc, found),
};

interface Resolved {
  c: Candidate;
  entry: PlaceEntry | null;
}

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
  const top = topCountry(placeCountries(resolved, countries));
  // A name the index lacks takes the country its own sentence states, then the one its namesakes got.
  const stated = resolved.map((r, i) => (r.entry ? null : (sentenceCountry(doc, resolved, i) ?? sentenceDemonym(doc, r.c))));
  const byName = new Map<string, string>();
  resolved.forEach((r, i) => {
    const country = stated[i];
    if (country && !byName.has(r.c.words.join(' '))) byName.set(r.c.words.join(' '), country);
  });
  return resolved.map((r, i) =>
    toMention(doc, r.c, r.entry, r.entry ? null : (stated[i] ?? byName.get(r.c.words.join(' ')) ?? paragraphCountry(doc, resolved, i) ?? top)),
  );
}

/** The country of the first demonym of the sentence (`Selon les autorités ukrainiennes, ... le quartier de X`). */
function sentenceDemonym(doc: Doc, c: Candidate): string | null {
  const sentence = doc.sentences[doc.sentenceOfToken[c.firstToken]!];
  if (!sentence) return null;
  const demonyms = placeLexicon().demonyms;
  const tk = tokenKeys(doc);
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const country = doc.tokens.kind[i] === TokenKind.Word ? demonyms.get(tk(i)) : undefined;
    if (country) return country;
  }
  return null;
}

/** The document's country counts (names, demonyms) plus the countries of the towns, regions and sites found. */
function placeCountries(resolved: readonly Resolved[], named: ReadonlyMap<string, number>): Map<string, number> {
  const counts = new Map(named);
  for (const { entry } of resolved) {
    if (entry?.country && entry.kind !== 'country') counts.set(entry.country, (counts.get(entry.country) ?? 0) + 1);
  }
  return counts;
}

/** The country of the nearest known town, region or site before, in the same paragraph. */
function paragraphCountry(doc: Doc, resolved: readonly Resolved[], i: number): string | null {
  const paragraph = (r: Resolved): number => doc.sentences[doc.sentenceOfToken[r.c.firstToken]!]?.paragraph ?? -1;
  const p = paragraph(resolved[i]!);
  for (let j = i - 1; j >= 0 && paragraph(resolved[j]!) === p; j--) {
    const e = resolved[j]!.entry;
    if (e?.country && e.kind !== 'country') return e.country;
  }
  return null;
}

/** Where spans overlap, the longer (`Tell Beydar` over `Tell`), then the earlier. Input sorted by start. */
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

/** The country of the nearest known place of the same sentence, the following one first. */
function sentenceCountry(doc: Doc, resolved: readonly Resolved[], i: number): string | null {
  const s = doc.sentenceOfToken[resolved[i]!.c.firstToken];
  for (let j = i + 1; j < resolved.length && doc.sentenceOfToken[resolved[j]!.c.firstToken] === s; j++) {
    const country = resolved[j]!.entry?.country;
    if (country) return country;
  }
  for (let j = i - 1; j >= 0 && doc.sentenceOfToken[resolved[j]!.c.firstToken] === s; j--) {
    const country = resolved[j]!.entry?.country;
    if (country) return country;
  }
  return null;
}

function topCountry(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of counts) if (k > n || (k === n && best !== null && c < best)) [best, n] = [c, k];
  return best;
}
