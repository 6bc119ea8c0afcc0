// Cold start of the places extractor and its embedded gazetteer: time to import the built
// library, to run the first analyze (which indexes the gazetteer buckets the text reaches),
// and to run it again warm; then the places stage on 5 MB of news.
// Run after `npm run build`: node bench/gazetteer.mjs
import { readFileSync } from 'node:fs';

const SAMPLE =
  "Des drones ont visé la base d'Aïn al-Assad et l'aéroport international d'Erbil, dans le Kurdistan irakien, " +
  'tandis que des roquettes tombaient près de Kirkouk et de Mossoul. À Bagdad, la Zone verte a été touchée. ' +
  'En Syrie, la base d’al-Tanf, dans la province de Homs, et le champ gazier de Conoco, près de Deir ez-Zor, ont été attaqués. ' +
  'Les Houthis ont tiré des missiles depuis Sanaa vers Eilat, en mer Rouge et dans le golfe d’Aden. ' +
  'À Kiev, à Kharkiv et dans la région de Belgorod, les frappes continuent ; au Sahel, Tombouctou et Gao sont encerclées.';

const t0 = performance.now();
const { analyze } = await import('../dist/index.js');
const t1 = performance.now();
const first = analyze(SAMPLE, { referenceDate: '2024-01-15', timings: true });
const t2 = performance.now();
analyze(SAMPLE, { referenceDate: '2024-01-15' });
const t3 = performance.now();

const seedDir = new URL('../seeds/', import.meta.url);
const seeds = ['000_ad8d6cc5701ceb86', '001_6f68dabfd6aa0492', '002_40400ec97698a762', '003_c4caf1a168c1a9ad', '004_a6f78d717300037f']
  .map((n) => readFileSync(new URL(`${n}.txt`, seedDir), 'utf8'))
  .join('\n\n');
let big = '';
while (big.length < 5_000_000) big += `${seeds}\n\n`;
const res = analyze(big, { referenceDate: '2024-01-15', timings: true, maxLength: 10_000_000 });
const placesMs = res.timings?.find((t) => t.stage === 'places')?.ms ?? NaN;
const firstPlacesMs = first.timings?.find((t) => t.stage === 'places')?.ms ?? NaN;

const fmt = (ms) => `${ms.toFixed(1)} ms`.padStart(10);
console.log(`import of the library (parses the embedded data)  ${fmt(t1 - t0)}`);
console.log(`first analyze                                      ${fmt(t2 - t1)}  (${first.mentions.places.length} places)`);
console.log(`  of which the places stage (cold index)           ${fmt(firstPlacesMs)}`);
console.log(`second analyze (warm)                              ${fmt(t3 - t2)}`);
console.log(`cold start: import + first analyze                 ${fmt(t2 - t0)}`);
console.log(`places stage on ${(big.length / 1e6).toFixed(1)} MB of news                  ${fmt(placesMs)}  (${(big.length / 1e6 / (placesMs / 1000)).toFixed(1)} MB/s, ${res.mentions.places.length} places)`);
