/**
 * The generated GeoNames table (data/gazetteer.tsv), read lazily: the file
 * is read once at first use, its lines are parsed when a key first reaches
 * them, and its keys are indexed bucket by bucket (by their first two
 * characters), so a short text pays only for the buckets its capitalized
 * words reach. Without the file, the index still has countries and curated
 * places.
 */
import type { PlaceKind } from '../../schema.js';
import type { PlaceEntry } from './entry.js';
import { readGazetteerFile } from './gazetteer-file.js';

const KIND_OF_CODE: Record<string, PlaceKind> = { c: 'city', r: 'region' };
const NONE: readonly PlaceEntry[] = [];

interface Table {
  text: string;
  /** Where the @rows section starts: the keys give their rows' offsets from there. */
  rowsAt: number;
  rows: Map<number, PlaceEntry>;
  /** Bucket id → [start, end) of its lines in `text`. */
  bucketSpans: Map<string, [number, number]>;
  buckets: Map<string, Bucket>;
  /** Buckets of ASCII ids by their two character codes. */
  byNumber: (Bucket | undefined)[];
  french: Set<string>;
  maxWords: number;
}

interface Bucket {
  /** Key → row numbers (as written) until first asked, then its places. */
  keys: Map<string, string | readonly PlaceEntry[]>;
  /** Word prefixes of its keys of several words (`deir` of `deir zor`). */
  prefixes: Set<string>;
}

let table: Table | null = null;

function load(): Table {
  table ??= parse(readGazetteerFile());
  return table;
}

/** The GeoNames places under a matching key. */
export function geonamesPlaces(key: string): readonly PlaceEntry[] {
  const t = load();
  const b = bucket(t, key).keys;
  const ids = b.get(key);
  if (ids === undefined) return NONE;
  if (typeof ids !== 'string') return ids;
  const out: PlaceEntry[] = [];
  for (const id of ids.split(',')) out.push(row(t, parseInt(id, 36)));
  b.set(key, out);
  return out;
}

/** Whether some key is exactly this one. */
export function isGeonamesKey(key: string): boolean {
  return bucket(load(), key).keys.has(key);
}

/** Whether some key of several words starts with these words. */
export function isGeonamesPrefix(key: string): boolean {
  return bucket(load(), key).prefixes.has(key);
}

/** The longest key, in words. */
export function geonamesMaxWords(): number {
  return load().maxWords;
}

/** Whether a folded word is ordinary French that some place key also spells (`tours`, `mission`). */
export function isFrenchWord(folded: string): boolean {
  return load().french.has(folded);
}

function parse(text: string): Table {
  const t: Table = { text, rowsAt: 0, rows: new Map(), bucketSpans: new Map(), buckets: new Map(), byNumber: new Array<Bucket | undefined>(1 << 14).fill(undefined), french: new Set(), maxWords: 1 };
  const max = /^# @max-words (\d+)$/m.exec(text.slice(0, 2000));
  if (max) t.maxWords = Number(max[1]);
  const rowsAt = text.indexOf('\n@rows\n');
  if (rowsAt < 0) return t;
  t.rowsAt = rowsAt + 7;
  let at = text.indexOf('\n@keys ', rowsAt);
  while (at >= 0) {
    const idEnd = text.indexOf('\n', at + 1);
    const next = text.indexOf('\n@', idEnd);
    t.bucketSpans.set(text.slice(at + 7, idEnd), [idEnd + 1, next < 0 ? text.length : next]);
    at = next >= 0 && text.startsWith('\n@keys ', next) ? next : -1;
    if (next >= 0 && text.startsWith('\n@french\n', next)) {
      const end = text.indexOf('\n', next + 9);
      t.french = new Set(text.slice(next + 9, end < 0 ? text.length : end).split(' '));
    }
  }
  return t;
}

/** The bucket of a key: by its first two characters, found by number (no string cut per lookup). */
function bucket(t: Table, key: string): Bucket {
  const c0 = key.charCodeAt(0);
  const c1 = key.length > 1 ? key.charCodeAt(1) : 0;
  const n = c0 < 128 && c1 < 128 ? (c0 << 7) | c1 : -1;
  if (n >= 0) {
    const b = t.byNumber[n];
    if (b) return b;
  }
  const b = bucketById(t, key.slice(0, 2));
  if (n >= 0) t.byNumber[n] = b;
  return b;
}

function bucketById(t: Table, id: string): Bucket {
  let b = t.buckets.get(id);
  if (b) return b;
  b = { keys: new Map(), prefixes: new Set() };
  const span = t.bucketSpans.get(id);
  if (span) {
    for (const line of t.text.slice(span[0], span[1]).split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const key = line.slice(0, tab);
      b.keys.set(key, line.slice(tab + 1));
      for (let sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) b.prefixes.add(key.slice(0, sp));
    }
  }
  t.buckets.set(id, b);
  return b;
}

function row(t: Table, offset: number): PlaceEntry {
  const cached = t.rows.get(offset);
  if (cached) return cached;
  const start = t.rowsAt + offset;
  const f = t.text.slice(start, t.text.indexOf('\n', start)).split('\t');
  const p: PlaceEntry = {
    name: null,
    country: f[0]!,
    kind: KIND_OF_CODE[f[1]!] ?? 'city',
    lat: Number(f[2]),
    lon: Number(f[3]),
    population: Number(f[4]),
    source: 'geonames',
    anyCase: false,
  };
  t.rows.set(offset, p);
  return p;
}
