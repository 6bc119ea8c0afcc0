/**
 * GeoJSON (RFC 7946): one FeatureCollection for the whole run, one Point
 * feature per event and place with coordinates (a place the gazetteer lacks
 * has none and is skipped), `[longitude, latitude]` in WGS84, the event's
 * fields as flat properties so that QGIS or geojson.io show them as columns.
 */
import type { Event, Place } from '../../schema.js';
import { subEventType } from './csv.js';
import type { DocumentResult, FormatWriter } from './types.js';

export interface GeoJsonFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string | number | null>;
}

/** The features of one event: one per place with coordinates, most specific place first. */
export function eventFeatures(e: Event, source: string, referenceDate: string | null): GeoJsonFeature[] {
  const out: GeoJsonFeature[] = [];
  e.places.forEach((place, rank) => {
    if (place.lat === null || place.lon === null || !Number.isFinite(place.lat) || !Number.isFinite(place.lon)) return;
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: properties(e, place, rank, source, referenceDate),
    });
  });
  return out;
}

function properties(e: Event, place: Place, rank: number, source: string, referenceDate: string | null): GeoJsonFeature['properties'] {
  return {
    event_type: e.type,
    sub_event_type: subEventType(e),
    date: e.date?.value ?? null,
    date_text: e.date?.text ?? null,
    date_precision: e.date?.precision ?? null,
    date_mod: e.date?.mod ?? null,
    actor: e.actor?.name ?? null,
    actor_id: e.actor?.id ?? null,
    target: e.target?.name ?? null,
    target_id: e.target?.id ?? null,
    attack_types: e.attackTypes.join(';'),
    killed: e.killed?.value ?? null,
    injured: e.injured?.value ?? null,
    troops: e.troops?.value ?? null,
    count: e.count?.value ?? null,
    place_name: place.name,
    place_text: place.text,
    place_kind: place.kind,
    place_country: place.country,
    place_rank: rank,
    evidence: e.evidence.text,
    evidence_start: e.evidence.start,
    evidence_end: e.evidence.end,
    confidence: Math.round(e.confidence * 100) / 100,
    source,
    reference_date: referenceDate,
  };
}

/** Streams the features; the commas between them depend on what was written before. */
export const geojsonWriter = (): FormatWriter => {
  let written = 0;
  return {
    begin: () => '{"type":"FeatureCollection","features":[',
    render: (r: DocumentResult) => r.events.flatMap((e) => eventFeatures(e, r.source, r.referenceDate).map((f) => JSON.stringify(f))),
    place: (features) => {
      let out = '';
      for (const f of features) out += `${written++ === 0 ? '\n' : ',\n'}${f}`;
      return out;
    },
    end: () => (written === 0 ? ']}\n' : '\n]}\n'),
  };
};
