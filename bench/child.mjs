// Measurements that need a fresh process: cold start, peak memory and time per MB at one size,
// one adversarial input. Prints one JSON line. Times are CPU time (user + system) of this
// process, which the other processes of a shared machine do not inflate, and wall time.
import { performance } from 'node:perf_hooks';
import { ADVERSARIAL } from './adversarial.mjs';
import { articles, bigDocument, corpusOf } from './corpus.mjs';

const [mode, ...args] = process.argv.slice(2);
const DIST = new URL('../dist/index.js', import.meta.url).href;
const WARM_BYTES = 2_000_000;

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

if (mode === 'cold') {
  const t0 = performance.now();
  const { analyze } = await import(DIST);
  const seed = articles()[1];
  analyze(seed.text, { referenceDate: seed.referenceDate });
  const t1 = performance.now();
  console.log(JSON.stringify({ importAndFirstAnalyzeMs: t1 - t0, sinceProcessStartMs: t1 }));
} else if (mode === 'size') {
  const bytes = Number(args[0]);
  const text = bigDocument(bytes);
  const { analyze } = await import(DIST);
  // Warm as the throughput rows are (the JIT's first megabytes cost twice the steady state),
  // so that the rows compare sizes, not a cold and a warm compiler.
  for (const d of corpusOf(WARM_BYTES).docs) analyze(d.text, { referenceDate: d.referenceDate });
  const runs = bytes >= 5e6 ? 2 : bytes >= 1e6 ? 4 : 12;
  const cpu = [];
  const wall = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    analyze(text, { referenceDate: '2024-01', language: 'fr' });
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const mb = Buffer.byteLength(text) / 1e6;
  const ms = median(cpu);
  console.log(JSON.stringify({ bytes: Buffer.byteLength(text), ms, msPerMB: ms / mb, wallMs: median(wall), maxRssMB: process.resourceUsage().maxRSS / 1024 }));
} else if (mode === 'steady') {
  // Warm, then time passes over 1 MB of articles (wall): run alone and two at once by run.mjs.
  const { analyze } = await import(DIST);
  const { docs } = corpusOf(1_000_000);
  for (let r = 0; r < 3; r++) for (const d of docs) analyze(d.text, { referenceDate: d.referenceDate });
  const t0 = performance.now();
  for (let r = 0; r < 4; r++) for (const d of docs) analyze(d.text, { referenceDate: d.referenceDate });
  console.log(JSON.stringify({ wallMs: performance.now() - t0 }));
} else if (mode === 'adversarial') {
  const [name, size] = args;
  const text = ADVERSARIAL[name](Number(size));
  const { analyze } = await import(DIST);
  const c0 = cpuMs();
  let error;
  try {
    analyze(text, { language: 'fr', referenceDate: '2024-01' });
  } catch (e) {
    error = e.name;
  }
  console.log(JSON.stringify({ ms: cpuMs() - c0, error }));
}
