/**
 * Who is at a place: `les troupes US stationnées sur la base d'Aïn
 * al-Assad`, `la base, abritant des troupes américaines`, `où sont stationnés
 * des soldats américains`. An attack on that place whose text names no
 * target takes them as its target.
 */
import type { Actor } from '../schema.js';
import { lexKey } from '../text/fold.js';
import type { Contexts } from './context.js';
import { sentenceFeatures, Word } from './features.js';

/** How far from the cue the occupant and the place may be, in tokens. */
const REACH = 10;

export function occupantsOf(contexts: Contexts): Map<string, Actor> {
  const out = new Map<string, Actor>();
  const withPlaces = contexts.sentencesWith('places');
  const both = [...contexts.sentencesWith('actors')].filter((s) => withPlaces.has(s)).sort((a, b) => a - b);
  for (const index of both) {
    const ctx = contexts.get(index);
    const f = sentenceFeatures(ctx);
    for (let j = ctx.info.firstToken; j < ctx.info.endToken; j++) {
      const bits = f[j - ctx.info.firstToken]!;
      const afterActor = (bits & Word.OccupancyAfterActor) !== 0;
      if (!afterActor && (bits & Word.OccupancyAfterPlace) === 0) continue;
      const actor = afterActor
        ? ([...ctx.actors].reverse().find((a) => a.last < j && j - a.last <= 3) ?? ctx.actors.find((a) => a.first > j && a.first - j <= 5))
        : ctx.actors.find((a) => a.first > j && a.first - j <= 5);
      if (!actor) continue;
      const place = afterActor
        ? (ctx.places.find((p) => p.first > j && p.first - j <= REACH) ?? [...ctx.places].reverse().find((p) => p.last < j && j - p.last <= REACH))
        : ([...ctx.places].reverse().find((p) => p.last < j && j - p.last <= REACH) ?? ctx.places.find((p) => p.first > j && p.first - j <= REACH));
      if (!place || place.kind === 'country') continue;
      const key = lexKey(place.name);
      if (!out.has(key)) out.set(key, { start: actor.start, end: actor.end, text: actor.text, id: actor.id, name: actor.name, kind: actor.kind });
    }
  }
  return out;
}
