/**
 * Pass 4: one entry per candidate. A name shared by several places goes to
 * the one in a country the document names (its country names and demonyms
 * are counted), then to the countries this news covers, then to the kind a
 * head asked for, curated before GeoNames, the most populous first. A name
 * the index lacks takes its country from its head (`province syrienne`),
 * from the places of its sentence, or from the document.
 */
import type { Doc } from '../../pipeline/document.js';
import type { PlaceMention } from '../../schema.js';
import { TokenKind } from '../../text/tokens.js';
import type { Candidate } from './candidate.js';
import countriesData from '../../lexicons/fr/countries.json' with { type: 'json' };
import contextData from './data/context.json' with { type: 'json' };
import type { PlaceEntry } from './entry.js';
import { placeLexicon } from './lexicon.js';
import { tokenKeys } from './token-keys.js';
import { WordClass, wordClasses } from './word-classes.js';

const FOCUS = new Set([...contextData.focusCountries, ...contextData.homeCountries]);
const MIN_POPULATION_ELSEWHERE = contextData.minPopulationElsewhere;
const MIN_POPULATION_ELSEWHERE_UNCUED = contextData.minPopulationElsewhereUncued;

/** How often the document names each country, by name or demonym. */
export function documentCountries(doc: Doc, candidates: readonly Candidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (c: string | null): void => {
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  };
  for (const c of candidates) {
    const country = c.entries.find((e) => e.source === 'country');
    if (country) bump(country.country);
  }
  const demonyms = placeLexicon().demonyms;
  const t = doc.tokens;
  const tk = tokenKeys(doc);
  const classes = wordClasses(doc);
  for (let i = t.indexAt(doc.bodyStart); i < t.count; i++) if ((classes[i]! & WordClass.Demonym) !== 0 && t.kind[i] === TokenKind.Word) bump(demonyms.get(tk(i)) ?? null);
  return counts;
}

export function chooseEntry(c: Candidate, countries: ReadonlyMap<string, number>): PlaceEntry | null {
  const country = c.entries.find((e) => e.source === 'country');
  if (country) return country;
  let pool = c.entries;
  if (c.countryHint) pool = narrow(pool, (e) => e.country === c.countryHint);
  const named = pool.filter((e) => e.country === null || countries.has(e.country));
  if (named.length > 0) pool = named;
  else {
    const focus = pool.filter((e) => e.country !== null && FOCUS.has(e.country));
    const min = c.licensed ? MIN_POPULATION_ELSEWHERE : MIN_POPULATION_ELSEWHERE_UNCUED;
    pool = focus.length > 0 ? focus : pool.filter((e) => e.source === 'curated' || e.population >= min);
  }
  let best: PlaceEntry | null = null;
  for (const e of pool) if (!best || better(e, best, c, countries)) best = e;
  return best;
}

function narrow(pool: PlaceEntry[], keep: (e: PlaceEntry) => boolean): PlaceEntry[] {
  const kept = pool.filter(keep);
  return kept.length > 0 ? kept : pool;
}

function better(a: PlaceEntry, b: PlaceEntry, c: Candidate, countries: ReadonlyMap<string, number>): boolean {
  const score = (e: PlaceEntry): number =>
    (c.kind !== null && e.kind === c.kind ? 8 : 0) + (e.source === 'curated' ? 4 : 0) + (e.kind === 'city' ? 2 : e.kind === 'region' ? 1 : 0);
  const sa = score(a);
  const sb = score(b);
  if (sa !== sb) return sa > sb;
  const ca = a.country ? (countries.get(a.country) ?? 0) : 0;
  const cb = b.country ? (countries.get(b.country) ?? 0) : 0;
  if (ca !== cb) return ca > cb;
  // Namesakes in countries the text does not name: the one nearest to those it names (`Al-Qaim` near Syria).
  const da = distanceToNamed(a, countries);
  const db = distanceToNamed(b, countries);
  if (Math.abs(da - db) > NEAR_KM) return da < db;
  return a.population > b.population;
}

/** Within this, two namesakes are equally near the document's countries: population decides. */
const NEAR_KM = 500;

const CENTROIDS = new Map(countriesData.countries.map((c) => [c.code, [c.lat, c.lon] as const]));

/** Kilometres from a place to the nearest centroid of a country the document names; Infinity with none. */
function distanceToNamed(e: PlaceEntry, countries: ReadonlyMap<string, number>): number {
  if (e.lat === null || e.lon === null) return Infinity;
  let best = Infinity;
  for (const code of countries.keys()) {
    const c = CENTROIDS.get(code);
    if (c) best = Math.min(best, kilometres(e.lat, e.lon, c[0], c[1]));
  }
  return best;
}

function kilometres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The mention of a candidate, given its entry (null for a name the index lacks). */
export function toMention(doc: Doc, c: Candidate, entry: PlaceEntry | null, fallbackCountry: string | null): PlaceMention {
  const start = c.headStart ?? c.start;
  const text = doc.text.slice(start, c.end);
  const kind = kindOf(c, entry);
  const useCanonical = entry?.name && c.headStart === null;
  return {
    start,
    end: c.end,
    text,
    name: useCanonical ? entry.name! : text,
    country: entry ? entry.country : (c.countryHint ?? fallbackCountry),
    kind,
    lat: entry?.lat ?? null,
    lon: entry?.lon ?? null,
    rule: c.rule,
  };
}

/**
 * A head names the kind of a name the index lacks; a known place keeps its
 * own (`le secteur d'Al-Qaïm` is a town), except that a region head picks the
 * region and a head that is part of the name makes a site (`aéroport d'Erbil`).
 */
function kindOf(c: Candidate, entry: PlaceEntry | null): PlaceMention['kind'] {
  if (!entry) return c.kind ?? 'city';
  if (entry.kind === 'country') return 'country';
  if (c.headStart !== null) return 'site';
  if (c.kind === 'region') return 'region';
  return entry.kind;
}
