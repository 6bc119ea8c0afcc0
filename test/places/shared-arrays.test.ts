/**
 * The actor and place extractors share per-document arrays (token hashes,
 * word classes) carved from one reused buffer: reading documents in any
 * order, and one document again after others, gives the same mentions.
 */
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/options.js';
import type { Doc, MentionSet } from '../../src/pipeline/document.js';
import { STAGES } from '../../src/pipeline/stages.js';
import { RunState } from '../../src/pipeline/state.js';
import { extractActors } from '../../src/extractors/actors/index.js';
import { extractPlaces } from '../../src/extractors/places/index.js';
import { wordClasses } from '../../src/extractors/places/word-classes.js';
import { tokenHashes } from '../../src/extractors/token-lookup/token-hashes.js';

const TEXTS = [
  "Des drones ont visé la base d'Aïn al-Assad, dans l'ouest de l'Irak, selon l'armée américaine.",
  'Les Houthis ont tiré des missiles depuis Sanaa vers Eilat ; Washington a riposté au Yémen.',
  `${'Les forces de la coalition ont frappé Mossoul et Kirkouk. '.repeat(3000)}Fin.`,
];

function prepared(text: string): { doc: Doc; found: MentionSet } {
  const state = new RunState(text, resolveOptions({ referenceDate: '2024-01-15', maxLength: 1_000_000 }));
  for (const stage of STAGES) {
    if (stage.name === 'actors') break;
    stage.run(state);
  }
  return { doc: state.doc(), found: state.mentions };
}

describe('per-document arrays shared between extractors', () => {
  it('gives the same mentions whatever was read in between', () => {
    const docs = TEXTS.map(prepared);
    const alone = docs.map(({ doc, found }) => {
      const actors = extractActors(doc);
      return { actors, places: extractPlaces(doc, { ...found, actors }) };
    });
    expect(alone[0]!.places.length).toBeGreaterThan(0);
    const places = (k: number): unknown => extractPlaces(docs[k]!.doc, { ...docs[k]!.found, actors: alone[k]!.actors });
    // Interleaved: one document's places, another's actors, the first one's places again.
    for (const [a, b] of [[0, 2], [2, 1], [1, 0], [2, 0]] as const) {
      expect(places(a)).toEqual(alone[a]!.places);
      expect(extractActors(docs[b]!.doc)).toEqual(alone[b]!.actors);
      expect(places(a)).toEqual(alone[a]!.places);
      expect(extractActors(docs[a]!.doc)).toEqual(alone[a]!.actors);
    }
  });

  it("keeps a document's hashes and word classes its own after another document is read", () => {
    const [a, b] = [prepared(TEXTS[0]!), prepared(TEXTS[2]!)];
    const classes = Uint8Array.from(wordClasses(a.doc));
    const hashes = Int32Array.from(tokenHashes(a.doc));
    extractActors(b.doc);
    expect(Uint8Array.from(wordClasses(a.doc))).toEqual(classes);
    extractActors(b.doc);
    expect(Int32Array.from(tokenHashes(a.doc))).toEqual(hashes);
  });
});
