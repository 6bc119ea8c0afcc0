/**
 * The country of a name the index lacks (`le quartier de Machtal`): the one
 * its own sentence states (a known place of the sentence, the following one
 * first, then the sentence's first demonym), then the one its namesakes got
 * elsewhere in the text, then the nearest known town, region or site before
 * it in its paragraph, then the document's main country.
 */
import type { Doc } from '../../pipeline/document.js';
import { TokenKind } from '../../text/tokens.js';
import type { Candidate } from './candidate.js';
import type { PlaceEntry } from './entry.js';
import { placeLexicon } from './lexicon.js';
import { tokenKeys } from './token-keys.js';
import { WordClass, wordClasses } from './word-classes.js';

export interface Resolved {
  c: Candidate;
  entry: PlaceEntry | null;
}

/** For each resolved candidate, the country of an unknown name (null for a known one). */
export function unknownCountries(doc: Doc, resolved: readonly Resolved[], named: ReadonlyMap<string, number>): (string | null)[] {
  const top = topCountry(placeCountries(resolved, named));
  const stated = resolved.map((r, i) => (r.entry ? null : (sentenceCountry(doc, resolved, i) ?? sentenceDemonym(doc, r.c))));
  const byName = new Map<string, string>();
  resolved.forEach((r, i) => {
    const country = stated[i];
    const name = r.c.words.join(' ');
    if (country && !byName.has(name)) byName.set(name, country);
  });
  return resolved.map((r, i) => (r.entry ? null : (stated[i] ?? byName.get(r.c.words.join(' ')) ?? paragraphCountry(doc, resolved, i) ?? top)));
}

/** The country of the first demonym of the sentence (`Selon les autorités ukrainiennes, ... le quartier de X`). */
function sentenceDemonym(doc: Doc, c: Candidate): string | null {
  const sentence = doc.sentences[doc.sentenceOfToken[c.firstToken]!];
  if (!sentence) return null;
  const demonyms = placeLexicon().demonyms;
  const tk = tokenKeys(doc);
  const classes = wordClasses(doc);
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const country = (classes[i]! & WordClass.Demonym) !== 0 && doc.tokens.kind[i] === TokenKind.Word ? demonyms.get(tk(i)) : undefined;
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
