/**
 * One row per event, with ACLED's export column names where ACLED has the
 * field (`event_date`, `actor1`, `fatalities`, ...) and our own names after.
 */
import acled from './acled.json' with { type: 'json' };
import type { Event } from '../../schema.js';
import type { FormatWriter } from './types.js';

export const CSV_COLUMNS = [
  'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'location', 'latitude', 'longitude',
  'fatalities', 'notes', 'source',
  'date_text', 'date_precision', 'date_mod', 'attack_types', 'actor1_id', 'actor2_id', 'injured', 'troops', 'count',
  'other_locations', 'confidence', 'evidence_start', 'evidence_end',
] as const;

const SUB_EVENT_ATTACK: Record<string, string> = acled.attack;
const SUB_EVENT_OTHER: Record<string, string> = acled.other;

export function subEventType(e: Event): string {
  if (e.type !== 'attack') return SUB_EVENT_OTHER[e.type] ?? 'Other';
  const first = acled.attackTypePrecedence.find((t) => e.attackTypes.includes(t as Event['attackTypes'][number]));
  return SUB_EVENT_ATTACK[first ?? 'unknown']!;
}

export function csvRow(e: Event, source: string): string[] {
  const place = e.places[0] ?? null;
  return [
    e.date?.value ?? '',
    e.type,
    subEventType(e),
    e.actor?.name ?? '',
    e.target?.name ?? '',
    place?.country ?? '',
    place?.name ?? '',
    place?.lat?.toString() ?? '',
    place?.lon?.toString() ?? '',
    e.killed ? String(e.killed.value) : '',
    e.evidence.text,
    source,
    e.date?.text ?? '',
    e.date?.precision ?? '',
    e.date?.mod ?? '',
    e.attackTypes.join(';'),
    e.actor?.id ?? '',
    e.target?.id ?? '',
    e.injured ? String(e.injured.value) : '',
    e.troops ? String(e.troops.value) : '',
    e.count ? String(e.count.value) : '',
    e.places.slice(1).map((p) => p.name).join(';'),
    e.confidence.toFixed(2),
    String(e.evidence.start),
    String(e.evidence.end),
  ];
}

/** RFC 4180: quote fields holding a comma, quote or line break; double the quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const csvWriter = (): FormatWriter => ({
  begin: () => `${CSV_COLUMNS.join(',')}\n`,
  render: (r) => r.events.map((e) => `${csvRow(e, r.source).map(csvField).join(',')}\n`),
  place: (parts) => parts.join(''),
  end: () => '',
});
