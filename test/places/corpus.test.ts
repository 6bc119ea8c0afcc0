/**
 * The places corpus (corpus.json): every example's places, exactly, with
 * country, kind and coordinates within 25 km; negatives yield none. The
 * extractor runs on a document prepared by the pipeline's text stages, with
 * the example's actor mentions as the mentions found before it.
 */
import { describe, expect, it } from 'vitest';
import { placesExtractor } from '../../src/extractors/places/index.js';
import { unresolvedExonyms } from '../../src/extractors/places/gazetteer.js';
import { emptyMentions, type Doc } from '../../src/pipeline/document.js';
import { STAGES } from '../../src/pipeline/stages.js';
import { RunState } from '../../src/pipeline/state.js';
import { resolveOptions } from '../../src/options.js';
import type { ActorMention, PlaceMention } from '../../src/schema.js';
import corpus from './corpus.json' with { type: 'json' };

interface ExpectedPlace {
  text: string;
  name?: string;
  country: string | null;
  kind: string;
  lat?: number | null;
  lon?: number | null;
  located?: boolean;
}

interface Example {
  text: string;
  places: ExpectedPlace[];
  actors?: string[];
  note?: string;
}

const TOLERANCE_KM = 25;

/** The document as the extractors see it: the pipeline's stages up to the sentences. */
function prepare(text: string): Doc {
  const state = new RunState(text, resolveOptions({ referenceDate: '2024-01-15', language: 'fr' }));
  for (const stage of STAGES) {
    if (stage.name === 'dates' || state.done) break;
    stage.run(state);
  }
  return state.doc();
}

function actorMentions(text: string, names: readonly string[]): ActorMention[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`actor "${name}" is not in "${text}"`);
    return { start, end: start + name.length, text: name, id: name.toLowerCase(), name, kind: 'state', rule: 'test' };
  });
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

function extract(example: Example): PlaceMention[] {
  const doc = prepare(example.text);
  const found = emptyMentions();
  found.actors = actorMentions(example.text, example.actors ?? []);
  return placesExtractor.extract(doc, found);
}

/** What differs between a found place and the expected one, or null. */
function mismatch(got: PlaceMention, want: ExpectedPlace): string | null {
  if (got.country !== want.country) return `country ${got.country}, expected ${want.country}`;
  if (got.kind !== want.kind) return `kind ${got.kind}, expected ${want.kind}`;
  if (want.name !== undefined && got.name !== want.name) return `name ${got.name}, expected ${want.name}`;
  if (want.located === true && (got.lat === null || got.lon === null)) return 'no coordinates';
  if (want.lat === null && got.lat !== null) return `coordinates ${got.lat},${got.lon}, expected none`;
  if (typeof want.lat === 'number' && typeof want.lon === 'number') {
    if (got.lat === null || got.lon === null) return 'no coordinates';
    const d = km(got.lat, got.lon, want.lat, want.lon);
    if (d > TOLERANCE_KM) return `${d.toFixed(0)} km from ${want.lat},${want.lon}`;
  }
  return null;
}

const examples = corpus.examples as Example[];

describe('places corpus', () => {
  it('holds at least 120 place mentions and the negatives', () => {
    expect(examples.reduce((n, e) => n + e.places.length, 0)).toBeGreaterThanOrEqual(120);
    expect(examples.filter((e) => e.places.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  it.each(examples.map((e) => [e.text, e] as const))('%s', (_, example) => {
    const got = extract(example);
    for (const p of got) expect(example.text.slice(p.start, p.end)).toBe(p.text);
    const summary = (ps: { text: string }[]) => ps.map((p) => p.text);
    expect(summary(got)).toEqual(summary(example.places));
    got.forEach((p, i) => expect(mismatch(p, example.places[i]!), p.text).toBeNull());
  });

  it('finds every exonym target in GeoNames', () => {
    expect(unresolvedExonyms()).toEqual([]);
  });
});
