/**
 * The place index: GeoNames rows (generated, read lazily), the countries
 * table (shared) and the curated places and exonyms (ours), all under the
 * same matching keys. The small parts are indexed at first use.
 */
import countriesData from '../../lexicons/fr/countries.json' with { type: 'json' };
import type { PlaceKind } from '../../schema.js';
import curatedData from './data/places-curated.json' with { type: 'json' };
import type { PlaceEntry } from './entry.js';
import { geonamesMaxWords, geonamesPlaces, isGeonamesKey, isGeonamesPrefix } from './geonames.js';
import { firstWordOf, hasArticle, keyOf } from './name-keys.js';
import { keyOfName } from './names.js';
import { ownString } from '../../text/own-string.js';

export type { PlaceEntry, Source } from './entry.js';

interface CuratedPlace {
  name: string;
  kind: PlaceKind;
  country: string | null;
  lat: number | null;
  lon: number | null;
  aliases?: string[];
  anyCase?: boolean;
}

interface CuratedData {
  places: CuratedPlace[];
  /** French spellings of GeoNames places: country → { French name: GeoNames name }. */
  exonyms: Record<string, Record<string, string>>;
}

interface Exonym {
  country: string;
  targetKey: string;
}

interface SmallIndex {
  entries: Map<string, PlaceEntry[]>;
  exonyms: Map<string, Exonym[]>;
  /** First words (folded, as tokens give them) of curated names, which may start with a lower-case word (`mer Rouge`). */
  curatedFirstWords: Set<string>;
  /** Curated keys that only names with an article give (`al-Omar` → `omar`): the text must write the article. */
  articleOnly: Set<string>;
  anyCaseFirstWords: string[];
  /** Every word prefix of every key above (`bande`, `bande de`, `bande de gaza`). */
  prefixes: Set<string>;
  maxWords: number;
}


let small: SmallIndex | null = null;

function smallIndex(): SmallIndex {
  small ??= buildSmallIndex();
  return small;
}

// Lookups repeat across a text and across texts: their results are remembered, up to a bound.
const MEMO_LIMIT = 20000;
const memo = new Map<string, readonly PlaceEntry[]>();

/** Every entry under a matching key: countries first, then curated places, exonyms, GeoNames. */
export function lookupPlaces(key: string): readonly PlaceEntry[] {
  let found = memo.get(key);
  if (found) return found;
  found = lookupUncached(key);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(ownString(key), found);
  return found;
}

/** Whether some country, curated name or exonym starts with these words (a key prefix). */
export function isSmallPrefix(key: string): boolean {
  return smallIndex().prefixes.has(key);
}

/** Whether some entry has exactly this key (cheaper than a lookup). */
export function hasKey(key: string): boolean {
  const index = smallIndex();
  return index.entries.has(key) || index.exonyms.has(key) || isGeonamesKey(key);
}

/** Whether some longer key starts with these words. */
export function isKeyPrefix(key: string): boolean {
  return isSmallPrefix(key) || isGeonamesPrefix(key);
}

function lookupUncached(key: string): PlaceEntry[] {
  const index = smallIndex();
  const out = [...(index.entries.get(key) ?? [])];
  const seen = new Set<PlaceEntry>();
  for (const x of index.exonyms.get(key) ?? []) {
    for (const p of geonamesPlaces(x.targetKey)) {
      if (p.country !== x.country || seen.has(p)) continue;
      seen.add(p);
      // A French name we curated: it ranks as curated, with the GeoNames point.
      out.push({ ...p, source: 'curated' });
    }
  }
  for (const p of geonamesPlaces(key)) if (!seen.has(p)) out.push(p);
  return out;
}

/** First words of the curated names that match with no capital (`territoires palestiniens occupés`). */
export function anyCaseFirstWords(): readonly string[] {
  return smallIndex().anyCaseFirstWords;
}

export function curatedFirstWords(): ReadonlySet<string> {
  return smallIndex().curatedFirstWords;
}

export function isCuratedFirstWord(key: string): boolean {
  return smallIndex().curatedFirstWords.has(key);
}

export function isArticleOnlyKey(key: string): boolean {
  return smallIndex().articleOnly.has(key);
}

export function maxNameWords(): number {
  return Math.max(smallIndex().maxWords, geonamesMaxWords());
}

function buildSmallIndex(): SmallIndex {
  const index: SmallIndex = { entries: new Map(), exonyms: new Map(), curatedFirstWords: new Set(), articleOnly: new Set(), prefixes: new Set(), anyCaseFirstWords: [], maxWords: 1 };
  const withoutArticle = new Set<string>();
  const add = (key: string, entry: PlaceEntry): void => {
    if (!key) return;
    const list = index.entries.get(key);
    if (!list) index.entries.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
    index.maxWords = Math.max(index.maxWords, key.split(' ').length);
  };
  addCountries(add);
  const curated = curatedData as CuratedData;
  for (const p of curated.places) {
    const entry: PlaceEntry = { name: p.name, country: p.country, kind: p.kind, lat: p.lat, lon: p.lon, population: 0, source: 'curated', anyCase: p.anyCase ?? false };
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      const key = keyOf(n);
      add(key, entry);
      const first = firstWordOf(n);
      index.curatedFirstWords.add(first);
      if (entry.anyCase && !index.anyCaseFirstWords.includes(first)) index.anyCaseFirstWords.push(first);
      if (hasArticle(n) && !key.includes(' ')) index.articleOnly.add(key);
      else withoutArticle.add(key);
    }
  }
  for (const key of withoutArticle) index.articleOnly.delete(key);
  for (const [country, names] of Object.entries(curated.exonyms)) {
    for (const [french, target] of Object.entries(names)) {
      const key = keyOf(french);
      const list = index.exonyms.get(key) ?? [];
      list.push({ country, targetKey: keyOf(target) });
      index.exonyms.set(key, list);
      index.maxWords = Math.max(index.maxWords, key.split(' ').length);
    }
  }
  for (const key of [...index.entries.keys(), ...index.exonyms.keys()]) {
    for (let i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) index.prefixes.add(key.slice(0, i));
    index.prefixes.add(key);
  }
  return index;
}

function addCountries(add: (key: string, entry: PlaceEntry) => void): void {
  for (const c of countriesData.countries) {
    const entry: PlaceEntry = { name: c.name, country: c.code, kind: 'country', lat: c.lat, lon: c.lon, population: 0, source: 'country', anyCase: false };
    const capitals = new Set([c.capital, ...c.capitalAliases].filter((x): x is string => !!x).map(keyOf));
    for (const n of [c.name, ...c.aliases]) {
      const key = keyOf(n);
      // A capital listed among a country's aliases is the city, not the country.
      if (!capitals.has(key)) add(key, entry);
    }
  }
}

/** Exonyms whose GeoNames target is missing: a curation error the tests list. */
export function unresolvedExonyms(): string[] {
  const out: string[] = [];
  for (const [country, names] of Object.entries((curatedData as CuratedData).exonyms)) {
    for (const [french, target] of Object.entries(names)) {
      if (!geonamesPlaces(keyOfName(target)).some((p) => p.country === country)) out.push(`${country} ${french} → ${target}`);
    }
  }
  return out;
}
