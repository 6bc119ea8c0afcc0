// Cold start of the places extractor and its gazetteer (data/gazetteer.tsv, read at first use):
// in fresh processes, the time to import the built library and to run the first analyze (the
// places stage then reads the file and indexes the buckets the text reaches); then, in this
// process, the places stage on 5 MB of news. Medians of several runs: the machine is shared.
// Run after `npm run build`: node bench/gazetteer.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SAMPLE =
  "Des drones ont visé la base d'Aïn al-Assad et l'aéroport international d'Erbil, dans le Kurdistan irakien, " +
  'tandis que des roquettes tombaient près de Kirkouk et de Mossoul. À Bagdad, la Zone verte a été touchée. ' +
  'En Syrie, la base d’al-Tanf, dans la province de Homs, et le champ gazier de Conoco, près de Deir ez-Zor, ont été attaqués. ' +
  'Les Houthis ont tiré des missiles depuis Sanaa vers Eilat, en mer Rouge et dans le golfe d’Aden. ' +
  'À Kiev, à Kharkiv et dans la région de Belgorod, les frappes continuent ; au Sahel, Tombouctou et Gao sont encerclées.';
const COLD_RUNS = 7;
const WARM_RUNS = 3;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`.padStart(10);

if (process.argv[2] === '--cold') {
  const t0 = performance.now();
  const { analyze } = await import('../dist/index.js');
  const t1 = performance.now();
  const r = analyze(SAMPLE, { referenceDate: '2024-01-15', timings: true });
  const t2 = performance.now();
  const places = r.timings.find((t) => t.stage === 'places').ms;
  console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, placesMs: places, found: r.mentions.places.length }));
  process.exit(0);
}

const self = fileURLToPath(import.meta.url);
const cold = [];
for (let i = 0; i < COLD_RUNS; i++) cold.push(JSON.parse(execFileSync(process.execPath, [self, '--cold'], { encoding: 'utf8' })));
console.log(`cold start, median of ${COLD_RUNS} fresh processes (${cold[0].found} places in the sample):`);
console.log(`  import of the library                 ${fmt(median(cold.map((c) => c.importMs)))}`);
console.log(`  first analyze                         ${fmt(median(cold.map((c) => c.firstMs)))}`);
console.log(`    of which the places stage (cold)    ${fmt(median(cold.map((c) => c.placesMs)))}`);
console.log(`  import + first analyze                ${fmt(median(cold.map((c) => c.importMs + c.firstMs)))}`);

const { analyze } = await import('../dist/index.js');
const seedDir = new URL('../seeds/', import.meta.url);
const seeds = ['000_ad8d6cc5701ceb86', '001_6f68dabfd6aa0492', '002_40400ec97698a762', '003_c4caf1a168c1a9ad', '004_a6f78d717300037f']
  .map((n) => readFileSync(new URL(`${n}.txt`, seedDir), 'utf8'))
  .join('\n\n');
let big = '';
while (big.length < 5_000_000) big += `${seeds}\n\n`;
const stages = [];
let found = 0;
for (let i = 0; i < WARM_RUNS; i++) {
  const res = analyze(big, { referenceDate: '2024-01-15', timings: true, maxLength: 10_000_000 });
  stages.push(Object.fromEntries(res.timings.map((t) => [t.stage, t.ms])));
  found = res.mentions.places.length;
}
const places = median(stages.map((s) => s.places));
const tokens = median(stages.map((s) => s.tokens));
const mb = big.length / 1e6;
console.log(`${mb.toFixed(1)} MB of news, median of ${WARM_RUNS} runs (${found} places):`);
console.log(`  places stage                          ${fmt(places)}  (${(mb / (places / 1000)).toFixed(1)} MB/s)`);
console.log(`  tokens stage, for scale               ${fmt(tokens)}  (${(mb / (tokens / 1000)).toFixed(1)} MB/s)`);
