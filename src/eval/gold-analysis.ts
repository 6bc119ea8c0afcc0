/**
 * A gold file turned into the mentions and events `analyze()` would return
 * if it were perfect: every gold occurrence a mention, every gold event an
 * event whose evidence is the gold sentence. Scoring gold against itself must
 * give 1 everywhere; tests and `--check` rely on it.
 */
import type { Analysis, Event, Span } from '../schema.js';
import type { GoldActor, GoldEvent, GoldFile, GoldPlace } from './gold.js';
import { goldOccurrences } from './occurrences.js';
import { SearchableText } from './searchable.js';

type Prediction = Pick<Analysis, 'mentions' | 'events'>;

const slug = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');

export function goldAsAnalysis(text: string, gold: GoldFile): Prediction {
  const doc = new SearchableText(text);
  const occ = goldOccurrences(doc, gold.mentions);
  const span = (s: string): Span => {
    const r = doc.locate(s)[0] ?? { start: 0, end: 0 };
    return { start: r.start, end: r.end, text: text.slice(r.start, r.end) };
  };
  const at = (o: { start: number; end: number }) => ({ start: o.start, end: o.end, text: text.slice(o.start, o.end), rule: 'gold' });
  const actor = (a: GoldActor) => ({ ...span(a.text), id: a.id ?? slug(a.name), name: a.name, kind: a.kind ?? 'armed_group' });
  const place = (p: GoldPlace) => ({ ...span(p.text), name: p.name, country: p.country, kind: p.kind ?? 'city', lat: null, lon: null });
  const mentions: Analysis['mentions'] = {
    dates: occ.dates.map((o) => ({ ...at(o), value: o.mention.value, precision: o.mention.precision ?? 'day', ...(o.mention.mod ? { mod: o.mention.mod } : {}) })),
    actors: occ.actors.map((o) => ({ ...at(o), ...actor(o.mention), ...at(o) })),
    places: occ.places.map((o) => ({ ...at(o), ...place(o.mention), ...at(o) })),
    quantities: occ.quantities.map((o) => ({ ...at(o), value: o.mention.value, qualifier: o.mention.qualifier, kind: o.mention.kind })),
    attackTypes: occ.attackTypes.map((o) => ({ ...at(o), value: o.mention.value })),
  };
  const quantity = (q: GoldEvent['killed']) => (q ? { ...span(q.text), value: q.value, qualifier: q.qualifier } : null);
  const events = gold.events.map((g): Event => {
    const evidence = span(typeof g.evidence === 'string' ? g.evidence : g.evidence[0]!);
    return {
      type: g.type,
      attackTypes: [...g.attackTypes],
      date: g.date ? { ...span(g.date.text), value: g.date.value, precision: g.date.precision ?? 'day', ...(g.date.mod ? { mod: g.date.mod } : {}) } : null,
      actor: g.actor ? actor(g.actor) : null,
      target: g.target ? actor(g.target) : null,
      places: g.places.map(place),
      killed: quantity(g.killed),
      injured: quantity(g.injured),
      troops: quantity(g.troops),
      count: quantity(g.count),
      evidence,
      trigger: evidence,
      confidence: 1,
    };
  });
  return { mentions, events };
}
