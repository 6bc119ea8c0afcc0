/**
 * The GeoJSON writer on hand-made events: a valid RFC 7946 FeatureCollection,
 * one Point per event place with coordinates, `[longitude, latitude]`, flat
 * properties, places without coordinates skipped, documents joined.
 */
import { describe, expect, it } from 'vitest';
import { geojsonWriter } from '../../src/cli/formats/geojson.js';
import { FORMATS } from '../../src/cli/formats/index.js';
import { writeDocument, type DocumentResult } from '../../src/cli/formats/types.js';
import type { Event, Place } from '../../src/schema.js';

const span = (text: string, start = 0) => ({ text, start, end: start + text.length });

function place(name: string, country: string | null, lat: number | null, lon: number | null, kind: Place['kind'] = 'city'): Place {
  return { ...span(name, 40), name, country, kind, lat, lon };
}

function event(places: Place[], over: Partial<Event> = {}): Event {
  return {
    type: 'attack',
    attackTypes: ['drone', 'rocket'],
    date: { ...span('mardi 2 janvier'), value: '2024-01-02', precision: 'day' },
    actor: { ...span('la Résistance islamique en Irak'), id: 'resistance-islamique-en-irak', name: 'Résistance islamique en Irak', kind: 'armed_group' },
    target: { ...span('les forces américaines'), id: 'etats-unis', name: 'États-Unis', kind: 'state' },
    places,
    killed: { ...span('deux morts'), value: 2, qualifier: 'exact' },
    injured: null,
    troops: null,
    count: { ...span('trois drones'), value: 3, qualifier: 'exact' },
    evidence: span('Des drones ont visé la base d\u2019Aïn al-Assad, en Irak, faisant "deux morts".'),
    trigger: span('visé', 11),
    confidence: 0.8349,
    ...over,
  };
}

function write(docs: DocumentResult[]): string {
  const w = geojsonWriter();
  return w.begin() + docs.map((d, i) => writeDocument(w, d, i)).join('') + w.end();
}

interface Collection {
  type: string;
  features: { type: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[];
}

describe('geojson format', () => {
  it('is registered for the command line', () => {
    expect(FORMATS.geojson).toBe(geojsonWriter);
  });

  it('writes one Point per event place with coordinates, longitude first', () => {
    const docs: DocumentResult[] = [
      {
        source: 'a.txt',
        referenceDate: '2024-01',
        events: [event([place('Aïn al-Assad', 'IQ', 33.786, 42.441, 'site'), place('Quartier X', 'IQ', null, null), place('Irak', 'IQ', 33, 44, 'country')])],
      },
      { source: 'b.txt', referenceDate: null, events: [] },
      { source: 'c.txt', referenceDate: '2024-02-10', events: [event([place('Erbil', 'IQ', 36.183, 44.012)], { type: 'threat', attackTypes: [], killed: null })] },
    ];
    const out = JSON.parse(write(docs)) as Collection;
    expect(out.type).toBe('FeatureCollection');
    expect(out.features.map((f) => f.properties.place_name)).toEqual(['Aïn al-Assad', 'Irak', 'Erbil']);
    const [first, second, third] = out.features;
    expect(first!.type).toBe('Feature');
    expect(first!.geometry).toEqual({ type: 'Point', coordinates: [42.441, 33.786] });
    expect(first!.properties).toMatchObject({
      event_type: 'attack',
      date: '2024-01-02',
      actor: 'Résistance islamique en Irak',
      target: 'États-Unis',
      attack_types: 'drone;rocket',
      killed: 2,
      injured: null,
      count: 3,
      place_kind: 'site',
      place_country: 'IQ',
      place_rank: 0,
      source: 'a.txt',
      confidence: 0.83,
    });
    expect(second!.properties.place_rank).toBe(2);
    expect(third!.properties).toMatchObject({ event_type: 'threat', attack_types: '', killed: null, source: 'c.txt', reference_date: '2024-02-10' });
  });

  it('keeps every property flat, as GIS columns', () => {
    const out = JSON.parse(write([{ source: 'a.txt', referenceDate: null, events: [event([place('Gaza', 'PS', 31.5, 34.47, 'region')], { date: null, actor: null })] }])) as Collection;
    for (const f of out.features) {
      for (const v of Object.values(f.properties)) expect(v === null || ['string', 'number'].includes(typeof v)).toBe(true);
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
    }
    expect(out.features[0]!.properties).toMatchObject({ date: null, actor: null, actor_id: null });
  });

  it('writes a valid empty collection when no place has coordinates', () => {
    const text = write([{ source: 'a.txt', referenceDate: null, events: [event([place('Inconnu', null, null, null)])] }]);
    expect(JSON.parse(text)).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
