// npm run bench: throughput of analyze() against single-purpose peers on the same 5 MB of French
// news (alternating runs in one process), per-stage shares, cold start, peak memory at 10 MB,
// time per MB from 100 KB to 10 MB, adversarial inputs (each in its own process, with a time
// limit), and the command line's scaling from one worker to two. Prints a table and writes
// bench/results/latest.json.
//
// Times are CPU time (user + system, all threads of the process) unless a row says wall: the
// machines this runs on are shared, and CPU time is what other processes inflate least.
// Environment: BENCH_BYTES (default 5 MB), BENCH_ROUNDS (3), BENCH_CLI_BYTES (8 MB), BENCH_TIMEOUT_S (per adversarial
// input, 30), BENCH_SKIP (comma-separated: peers, sizes, adversarial, cli).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ADVERSARIAL } from './adversarial.mjs';
import { corpusOf } from './corpus.mjs';
import { loadPeers } from './peers.mjs';

const SIZE = Number(process.env.BENCH_BYTES ?? 5_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TIMEOUT_MS = 1000 * Number(process.env.BENCH_TIMEOUT_S ?? 30);
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
/** fr-compromise reads about 0.15 MB/s: it runs once, on the first megabyte of the corpus. */
const SLOW = { 'fr-compromise': 1_000_000 };
// Each worker warms its own compiler over its first megabytes (about twice the steady cost): a
// folder of 2 MB measured mostly that; 8 MB gives each of two workers 4 MB, closer to a long run.
const CLI_BYTES = Number(process.env.BENCH_CLI_BYTES ?? 8_000_000);
const ROOT = new URL('..', import.meta.url).pathname;
const CHILD = join(ROOT, 'bench', 'child.mjs');
const { analyze } = await import(new URL('../dist/index.js', import.meta.url).href);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const log = (s) => process.stderr.write(`${s}\n`);

const { docs, bytes } = corpusOf(SIZE);
const refs = docs.map((d) => (d.referenceDate ? new Date(`${d.referenceDate.length === 4 ? `${d.referenceDate}-01` : d.referenceDate}${d.referenceDate.length <= 7 ? '-15' : ''}T12:00:00Z`) : new Date()));

// Throughput: every pass over the same documents, round after round, so that all see the same load.
const passes = { 'analyze()': (text, _ref, i) => analyze(text, { referenceDate: docs[i].referenceDate }).events.length };
if (!SKIP.has('peers')) Object.assign(passes, await loadPeers());
const subsetOf = (limit) => {
  let n = 0;
  let b = 0;
  while (n < docs.length && b < limit) b += Buffer.byteLength(docs[n++].text);
  return { n, bytes: b };
};
const runPass = (fn, n) => {
  const c0 = cpuMs();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn(docs[i].text, refs[i], i);
  return { cpu: cpuMs() - c0, wall: performance.now() - t0 };
};
const runs = Object.fromEntries(Object.keys(passes).map((k) => [k, []]));
// Warm-up: one whole pass of each. The JIT and the lexicons built at first use are not what a long
// run pays for: the first megabytes cost analyze() about twice its steady time (optimizing compiles
// on background threads count in CPU time), and 300 documents were not enough to reach it.
for (const [name, fn] of Object.entries(passes)) for (let i = 0; i < (SLOW[name] ? 20 : docs.length); i++) fn(docs[i].text, refs[i], i);
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, fn] of Object.entries(passes)) {
    if (SLOW[name] && r > 0) continue;
    runs[name].push(runPass(fn, SLOW[name] ? subsetOf(SLOW[name]).n : docs.length));
    log(`round ${r + 1}/${ROUNDS} ${name}: ${(runs[name].at(-1).cpu / 1000).toFixed(2)} s CPU`);
  }
}
const throughput = Object.fromEntries(
  Object.entries(runs).map(([k, xs]) => {
    const set = SLOW[k] ? subsetOf(SLOW[k]) : { n: docs.length, bytes };
    const ms = median(xs.map((x) => x.cpu));
    const wallMs = median(xs.map((x) => x.wall));
    return [k, { ms, wallMs, mbPerS: set.bytes / 1e3 / ms, docsPerS: set.n / (ms / 1000), bytes: set.bytes, runs: xs.length }];
  }),
);

// Where the time goes: per-stage timings (wall clock, as options.timings reports them).
const stages = {};
for (let i = 0; i < docs.length; i++) {
  for (const t of analyze(docs[i].text, { referenceDate: docs[i].referenceDate, timings: true }).timings) stages[t.stage] = (stages[t.stage] ?? 0) + t.ms;
}

const child = (args, timeout = 0) => {
  const r = spawnSync(process.execPath, [CHILD, ...args], { encoding: 'utf8', maxBuffer: 1e7, timeout: timeout || undefined });
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return null;
  if (r.status !== 0) throw new Error(`bench/child.mjs ${args.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
};
log('cold start');
const cold = Array.from({ length: 9 }, () => child(['cold']));
const coldMs = median(cold.map((c) => c.importAndFirstAnalyzeMs));
let sizes = {};
if (!SKIP.has('sizes')) {
  for (const n of [100_000, 1_000_000, 10_000_000]) {
    log(`single document of ${n / 1e6} MB`);
    sizes[n] = child(['size', String(n)]);
  }
}
const adversarial = {};
if (!SKIP.has('adversarial')) {
  for (const name of Object.keys(ADVERSARIAL)) {
    adversarial[name] = {};
    for (const n of [100_000, 1_000_000]) {
      log(`adversarial ${name} ${n / 1e3} K`);
      const r = child(['adversarial', name, String(n)], TIMEOUT_MS);
      adversarial[name][n] = r ? { ms: r.ms, error: r.error ?? null } : { ms: null, timeout: true };
    }
  }
}

// The command line on a folder of the bench documents, one worker then two (wall clock: that is what workers buy).
let cli = null;
if (!SKIP.has('cli')) {
  const dir = mkdtempSync(join(os.tmpdir(), 'conflits-bench-'));
  try {
    const set = corpusOf(CLI_BYTES);
    set.docs.forEach((d, i) => writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), d.text));
    const runCli = (jobs) => {
      const t0 = performance.now();
      execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'extract', dir, '--format', 'jsonl', '-j', String(jobs), '-q'], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1e8 });
      return performance.now() - t0;
    };
    const times = { 1: [], 2: [] };
    for (let r = 0; r < 3; r++) {
      for (const j of [1, 2]) {
        log(`command line -j ${j}, round ${r + 1}/3`);
        times[j].push(runCli(j));
      }
    }
    const j1 = median(times[1]);
    const j2 = median(times[2]);
    cli = { documents: set.docs.length, bytes: set.bytes, j1WallMs: j1, j2WallMs: j2, j1MbPerS: set.bytes / 1e3 / j1, j2MbPerS: set.bytes / 1e3 / j2, speedup: j1 / j2, runs: times };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const a = throughput['analyze()'].mbPerS;
const ratio = (peer) => a / throughput[peer].mbPerS;
// Linearity: how much time per MB grows from a smaller document to a larger one (the worst pair,
// sizes ascending). A linear pass with a fixed cost per call gets cheaper per MB as documents
// grow; what the target guards against is the opposite, a pass that is superlinear in length.
// What two cores give this work at all: two independent processes against one, after warm-up (wall).
// Workers share a process and cannot scale better than this ceiling.
let ceiling = null;
if (!SKIP.has('cli')) {
  log('parallel ceiling: one process, then two at once');
  const once = () => new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [CHILD, 'steady'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (b) => (out += b));
    p.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()).wallMs) : reject(new Error(`bench/child.mjs steady exited ${code}`))));
  });
  const alone = await once();
  const both = await Promise.all([once(), once()]);
  ceiling = { aloneWallMs: alone, twoWallMs: both, speedup: (2 * alone) / Math.max(...both) };
}

const perMB = Object.entries(sizes).sort(([a], [b]) => Number(a) - Number(b)).map(([, s]) => s.msPerMB);
const linearity = perMB.length > 1 ? Math.max(...perMB.flatMap((small, i) => perMB.slice(i + 1).map((large) => large / small))) : null;
const spread = perMB.length ? Math.max(...perMB) / Math.min(...perMB) : null;
const targets = [];
if (throughput['wink-nlp readDoc']) targets.push(['analyze() ≥ 4× wink-nlp readDoc', ratio('wink-nlp readDoc'), 4]);
if (throughput['chrono fr.parse']) targets.push(['analyze() ≥ 0.5× chrono fr.parse', ratio('chrono fr.parse'), 0.5]);
if (throughput['fr-compromise']) targets.push(['analyze() beats fr-compromise', ratio('fr-compromise'), 1]);
targets.push(['cold start < 300 ms', 300 / coldMs, 1]);
if (sizes[10_000_000]) targets.push(['peak RSS < 200 MB at 10 MB', 200 / sizes[10_000_000].maxRssMB, 1]);
if (linearity) targets.push(['time per MB grows at most 1.3× (100 KB → 10 MB)', 1.3 / linearity, 1]);
if (cli) targets.push(['command line -j 2 ≥ 1.7× -j 1', cli.speedup / 1.7, 1]);

const machine = { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage: os.loadavg() };
const result = {
  date: new Date().toISOString(),
  machine,
  corpus: { bytes, documents: docs.length },
  throughput,
  stagesMs: stages,
  coldStart: { medianMs: coldMs, runs: cold },
  sizes,
  linearity,
  perMbSpread: spread,
  parallelCeiling: ceiling,
  adversarial,
  cli,
  targets: targets.map(([name, value, min]) => ({ name, value, met: value >= min })),
};
writeFileSync(new URL('./results/latest.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);

const f = (x, d = 2) => (x === null || x === undefined ? '–' : x.toFixed(d));
const lines = [];
lines.push(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, load ${machine.loadAverage.map((x) => x.toFixed(1)).join(' ')}`);
lines.push(`Corpus: ${f(bytes / 1e6)} MB, ${docs.length} documents (seed and dev articles repeated); CPU time unless marked wall`, '');
lines.push('| pass | MB/s | docs/s | analyze() ÷ pass |', '|---|---:|---:|---:|');
for (const [k, t] of Object.entries(throughput)) {
  const note = SLOW[k] ? ` (first ${f(t.bytes / 1e6)} MB, one run)` : '';
  lines.push(`| ${k}${note} | ${f(t.mbPerS)} | ${f(t.docsPerS, 0)} | ${k === 'analyze()' ? '1.00' : f(ratio(k))} |`);
}
lines.push('', '| stage | share of analyze() |', '|---|---:|');
const total = Object.values(stages).reduce((x, y) => x + y, 0);
for (const [k, ms] of Object.entries(stages).sort((x, y) => y[1] - x[1])) lines.push(`| ${k} | ${f((100 * ms) / total, 1)} % |`);
if (Object.keys(sizes).length) {
  lines.push('', '| single document | ms | ms per MB | peak RSS MB |', '|---|---:|---:|---:|');
  for (const s of Object.values(sizes)) lines.push(`| ${f(s.bytes / 1e6, 2)} MB | ${f(s.ms, 0)} | ${f(s.msPerMB, 1)} | ${f(s.maxRssMB, 0)} |`);
}
if (Object.keys(adversarial).length) {
  const cell = (r) => (r.timeout ? `> ${TIMEOUT_MS / 1000} s` : `${f(r.ms, 1)}${r.error ? ` (${r.error})` : ''}`);
  lines.push('', '| adversarial input | 100 KB ms | 1 MB ms |', '|---|---:|---:|');
  for (const [k, r] of Object.entries(adversarial)) lines.push(`| ${k} | ${cell(r[100000])} | ${cell(r[1000000])} |`);
}
lines.push('', `Cold start (import + first analyze, wall): ${f(coldMs, 0)} ms (median of ${cold.length})`);
if (ceiling) lines.push(`Parallel ceiling of this machine: two independent processes give ${f(ceiling.speedup)}× one (steady state, wall)`);
if (cli) lines.push(`Command line on ${cli.documents} files (${f(cli.bytes / 1e6)} MB), wall: -j 1 ${f(cli.j1MbPerS)} MB/s, -j 2 ${f(cli.j2MbPerS)} MB/s, speed-up ${f(cli.speedup)}×`);
lines.push('', '| target | value | met |', '|---|---:|:---:|');
for (const t of result.targets) lines.push(`| ${t.name} | ${f(t.value)} | ${t.met ? 'yes' : 'NO'} |`);
console.log(lines.join('\n'));
