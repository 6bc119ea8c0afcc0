// npm run bench: throughput of analyze() against single-purpose peers on the same 5 MB of French
// news (alternating runs in one process), per-stage timings, cold start, peak memory at 10 MB,
// time per MB from 100 KB to 10 MB, and adversarial inputs. Prints a table, writes bench/results/latest.json.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { corpusOf } from './corpus.mjs';
import { loadPeers } from './peers.mjs';

const SIZE = Number(process.env.BENCH_BYTES ?? 5_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CHILD = new URL('./child.mjs', import.meta.url).pathname;
const { analyze } = await import(new URL('../dist/index.js', import.meta.url).href);

const { docs, bytes } = corpusOf(SIZE);
const mb = bytes / 1e6;
const refs = docs.map((d) => (d.referenceDate ? new Date(`${d.referenceDate.length === 4 ? `${d.referenceDate}-01` : d.referenceDate}${d.referenceDate.length <= 7 ? '-15' : ''}T12:00:00Z`) : new Date()));
const peers = await loadPeers();
const passes = {
  'analyze()': (text, _ref, i) => analyze(text, { referenceDate: docs[i].referenceDate }).events.length,
  ...peers,
};
/** fr-compromise needs about 35 s per 5 MB: it runs once. */
const SLOW = new Set(['fr-compromise']);

function runPass(fn) {
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i++) fn(docs[i].text, refs[i], i);
  return performance.now() - t0;
}

const times = Object.fromEntries(Object.keys(passes).map((k) => [k, []]));
for (const fn of Object.values(passes)) fn(docs[0].text, refs[0], 0); // warm-up
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, fn] of Object.entries(passes)) {
    if (SLOW.has(name) && r > 0) continue;
    times[name].push(runPass(fn));
    process.stderr.write(`round ${r + 1}/${ROUNDS} ${name}: ${(times[name].at(-1) / 1000).toFixed(2)} s\n`);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const throughput = Object.fromEntries(
  Object.entries(times).map(([k, xs]) => {
    const ms = median(xs);
    return [k, { ms, mbPerS: mb / (ms / 1000), docsPerS: docs.length / (ms / 1000), runs: xs.length }];
  }),
);

// Where the time goes: per-stage timings over the corpus.
const stages = {};
for (let i = 0; i < docs.length; i++) {
  for (const t of analyze(docs[i].text, { referenceDate: docs[i].referenceDate, timings: true }).timings) stages[t.stage] = (stages[t.stage] ?? 0) + t.ms;
}

const child = (...args) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', CHILD, ...args], { encoding: 'utf8', maxBuffer: 1e7 }).trim().split('\n').pop());
const cold = Array.from({ length: 5 }, () => child('cold'));
const coldMs = median(cold.map((c) => c.importAndFirstAnalyzeMs));
const sizes = Object.fromEntries([100_000, 1_000_000, 10_000_000].map((n) => [n, child('size', String(n))]));
const adversarial = child('adversarial');

const a = throughput['analyze()'].mbPerS;
const ratio = (peer) => a / throughput[peer].mbPerS;
const perMB = Object.values(sizes).map((s) => s.msPerMB);
const linearity = Math.max(...perMB) / Math.min(...perMB);
const targets = [
  ['analyze() ≥ 4× wink-nlp readDoc', ratio('wink-nlp readDoc'), 4],
  ['analyze() ≥ 0.5× chrono fr.parse', ratio('chrono fr.parse'), 0.5],
  ['analyze() beats fr-compromise', ratio('fr-compromise'), 1],
  ['cold start < 300 ms', 300 / coldMs, 1],
  ['peak RSS < 200 MB at 10 MB', 200 / sizes[10_000_000].maxRssMB, 1],
  ['time per MB within 1.3× (100 KB → 10 MB)', 1.3 / linearity, 1],
];

const machine = { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
const result = { date: new Date().toISOString(), machine, corpus: { bytes, documents: docs.length }, throughput, stagesMs: stages, coldStart: { medianMs: coldMs, runs: cold }, sizes, linearity, adversarial, targets: targets.map(([name, value, min]) => ({ name, value, met: value >= min })) };
writeFileSync(new URL('./results/latest.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);

const f = (x, d = 2) => x.toFixed(d);
const lines = [];
lines.push(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}`);
lines.push(`Corpus: ${f(mb)} MB, ${docs.length} documents (seed and dev articles repeated)`, '');
lines.push('| pass | MB/s | docs/s | analyze() ÷ pass |', '|---|---:|---:|---:|');
for (const [k, t] of Object.entries(throughput)) lines.push(`| ${k} | ${f(t.mbPerS)} | ${f(t.docsPerS, 0)} | ${k === 'analyze()' ? '1.00' : f(ratio(k))} |`);
lines.push('', '| stage | share of analyze() |', '|---|---:|');
const total = Object.values(stages).reduce((x, y) => x + y, 0);
for (const [k, ms] of Object.entries(stages).sort((x, y) => y[1] - x[1])) lines.push(`| ${k} | ${f((100 * ms) / total, 1)} % |`);
lines.push('', '| single document | ms | ms per MB | peak RSS MB |', '|---|---:|---:|---:|');
for (const [n, s] of Object.entries(sizes)) lines.push(`| ${f(s.bytes / 1e6, 2)} MB | ${f(s.ms, 0)} | ${f(s.msPerMB, 1)} | ${f(s.maxRssMB, 0)} |`);
lines.push('', '| adversarial input | 100 KB ms | 1 MB ms |', '|---|---:|---:|');
for (const [k, r] of Object.entries(adversarial)) lines.push(`| ${k} | ${f(r[100000], 1)} | ${f(r[1000000], 1)} |`);
lines.push('', `Cold start (import + first analyze): ${f(coldMs, 0)} ms (median of ${cold.length})`, '');
lines.push('| target | value | met |', '|---|---:|:---:|');
for (const t of result.targets) lines.push(`| ${t.name} | ${f(t.value)} | ${t.met ? 'yes' : 'NO'} |`);
console.log(lines.join('\n'));
