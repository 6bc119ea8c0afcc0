// Robustness benchmark (issue 9): not a test, a measurement. Run `npm run build` first.
//
//   node bench/robustness.mjs adversarial [sizes]   CPU ms of analyze() per hostile input at 100 KB and 1 MB
//                                                    (or the comma-separated sizes given), and the growth of
//                                                    ms per MB from the smallest size to the largest
//   node bench/robustness.mjs folder [n1,n2]         peak RSS of `conflits-fr extract FOLDER` on folders of
//                                                    1,000 and 10,000 articles (memory must not grow with the folder)
//   node bench/robustness.mjs large [MB]             a 10 MB article through analyze() and through the CLI: time, peak RSS
//   node bench/robustness.mjs heap [n]               heap after GC along 10,000 articles, each with new names and
//                                                    numbers: module caches must stay bounded (no leak across documents)
//
// CPU time (process.cpuUsage), medians of several runs: the machine is shared.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articles, bigDocument } from './corpus.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist', 'cli.js');
const [mode = 'adversarial', arg] = process.argv.slice(2);

const words = (list) => (n) => {
  let s = '';
  for (let i = 0; s.length < n; i++) s += `${list[(i * 7) % list.length]} `;
  return s;
};

/** Hostile inputs of about n UTF-16 units each. */
export const ADVERSARIAL = {
  'repeated a': (n) => 'a'.repeat(n),
  spaces: (n) => `Le ${' '.repeat(n)} texte.`,
  newlines: (n) => '\n'.repeat(n),
  digits: (n) => '7'.repeat(n),
  'digits and spaces': (n) => '12 '.repeat(n / 3),
  apostrophes: (n) => "l'".repeat(n / 2),
  'typographic apostrophes': (n) => 'd’'.repeat(n / 2),
  'dotted numbers 2.2.2.2': (n) => '2.'.repeat(n / 2),
  'de de de': (n) => 'de '.repeat(n / 3),
  hyphens: (n) => '-'.repeat(n),
  dots: (n) => '.'.repeat(n),
  guillemets: (n) => '« '.repeat(n / 2),
  'open angle brackets': (n) => '<'.repeat(n),
  'html tags': (n) => '<p>'.repeat(n / 3),
  'HTML: stray angle brackets': (n) => `<p>${'< '.repeat(n / 2)}>`,
  'HTML: stray ampersands': (n) => `<p>${'& '.repeat(n / 2)}`,
  'HTML: unclosed comments': (n) => `<p>${'<!-- '.repeat(n / 5)}`,
  'HTML: quoted attributes': (n) => `<p title='x>`.repeat(n / 12),
  'HTML: one huge attribute': (n) => `<p><img src="data:${'A'.repeat(n)}">Les soldats ont attaqué la base.</p>`,
  ampersands: (n) => '&'.repeat(n),
  entities: (n) => '&eacute;'.repeat(n / 8),
  emoji: (n) => '😀'.repeat(n / 2),
  'combining marks': (n) => `e${'\u0301'.repeat(n - 1)}`,
  'Arabic script': (n) => 'بغداد '.repeat(n / 6),
  'capitalized words': (n) => 'Bagdad '.repeat(n / 7),
  'number words': (n) => 'cent mille '.repeat(n / 11),
  'months and years': (n) => 'mars 2024 '.repeat(n / 10),
  'actor names': (n) => 'le Hezbollah et '.repeat(n / 16),
  'trigger words': (n) => 'frappe attaque '.repeat(n / 15),
  'one line of words without punctuation': (n) => 'les soldats ont attaqué la base '.repeat(n / 32),
  'one line of mixed news words': words(['le', 'Hezbollah', 'a', 'tiré', '12', 'roquettes', 'sur', 'Bagdad', 'mardi', 'de', 'drones', 'contre', 'la', 'base']),
};

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function adversarial() {
  const { analyze } = await import(join(ROOT, 'dist', 'index.js'));
  analyze('Le Hezbollah a tiré 12 roquettes sur Bagdad mardi.', { language: 'fr' });
  const sizes = (arg ?? '100000,1000000').split(',').map(Number);
  const rows = [];
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    const row = { name, ms: {}, error: null };
    for (const n of sizes) {
      const text = make(n);
      const runs = n <= 200_000 ? 5 : n <= 1_000_000 ? 3 : 1;
      const times = [];
      for (let r = 0; r < runs; r++) {
        const t0 = cpuMs();
        try {
          analyze(text, { language: 'fr', referenceDate: '2024-01' });
        } catch (e) {
          row.error = e.name;
        }
        times.push(cpuMs() - t0);
      }
      row.ms[n] = median(times);
    }
    const [a, b] = [sizes[0], sizes.at(-1)];
    row.growth = row.ms[b] / b / (row.ms[a] / a);
    rows.push(row);
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  const head = `| input | ${sizes.map((n) => `${n / 1e6} MB ms`).join(' | ')} | ms per MB, largest ÷ smallest |`;
  console.log([head, `|---|${sizes.map(() => '---:').join('|')}|---:|`, ...rows.map((r) => `| ${r.name}${r.error ? ` (${r.error})` : ''} | ${sizes.map((n) => r.ms[n].toFixed(1)).join(' | ')} | ${r.growth.toFixed(2)} |`)].join('\n'));
  const worst = rows.reduce((x, y) => (y.growth > x.growth ? y : x));
  console.log(`\nWorst growth of ms per MB: ${worst.growth.toFixed(2)} (${worst.name}); linear ≈ 1, quadratic ≈ ${(sizes.at(-1) / sizes[0]).toFixed(0)}.`);
}

/** A folder of `n` articles (the seeds, and the dev corpus when ../shared is beside the project, repeated). */
function makeFolder(dir, n) {
  const base = articles();
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub);
    const a = base[i % base.length];
    writeFileSync(join(sub, `${String(i).padStart(6, '0')}.txt`), a.text);
  }
}

/** Runs the CLI under /usr/bin/time -v: wall seconds and peak RSS in MB. */
function timedCli(args) {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, CLI, ...args], { encoding: 'utf8', maxBuffer: 1e8 });
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/.exec(r.stderr)?.[1] ?? '?';
  const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN);
  return { status: r.status, rssMB: rss, wall, cpuS: cpu, stderr: r.stderr.split('\n').filter((l) => l.startsWith('conflits-fr')).slice(0, 3) };
}

function folder() {
  const counts = (arg ?? '1000,10000').split(',').map(Number);
  const work = mkdtempSync(join(tmpdir(), 'conflits-fr-folder-'));
  try {
    console.log('| articles | format | jobs | exit | CPU s | wall | peak RSS MB | output MB |', '\n|---:|---|---:|---:|---:|---|---:|---:|');
    for (const n of counts) {
      const dir = join(work, `n${n}`);
      makeFolder(dir, n);
      for (const [format, jobs] of [['jsonl', 1], ['jsonl', 2], ['json', 2]]) {
        const out = join(work, `out-${n}.${format}`);
        const r = timedCli(['extract', dir, '--format', format, '--jobs', String(jobs), '--quiet', '--output', out]);
        const size = Number(execFileSync('stat', ['-c', '%s', out], { encoding: 'utf8' })) / 1e6;
        console.log(`| ${n} | ${format} | ${jobs} | ${r.status} | ${r.cpuS.toFixed(1)} | ${r.wall} | ${r.rssMB.toFixed(0)} | ${size.toFixed(1)} |`);
        rmSync(out, { force: true });
      }
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function large() {
  const mb = Number(arg ?? 10);
  const text = bigDocument(mb * 1e6);
  const work = mkdtempSync(join(tmpdir(), 'conflits-fr-large-'));
  try {
    const file = join(work, 'article.txt');
    writeFileSync(file, text);
    const { analyze } = await import(join(ROOT, 'dist', 'index.js'));
    const t0 = cpuMs();
    const r = analyze(text, { language: 'fr', referenceDate: '2024-01' });
    const ms = cpuMs() - t0;
    console.log(`analyze(): ${(text.length / 1e6).toFixed(1)} M characters, ${r.events.length} events, ${ms.toFixed(0)} ms CPU, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    const cli = timedCli(['extract', file, '--format', 'jsonl', '--quiet', '--output', join(work, 'out.jsonl')]);
    console.log(`CLI extract: exit ${cli.status}, ${cli.cpuS.toFixed(1)} s CPU, wall ${cli.wall}, peak RSS ${cli.rssMB.toFixed(0)} MB`);
    const limited = timedCli(['extract', file, '--quiet', '--max-length', String(text.length - 1), '--output', join(work, 'refused.json')]);
    console.log(`CLI with --max-length below its size: exit ${limited.status} (5 expected), ${limited.stderr.join(' ')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function heap() {
  if (typeof globalThis.gc !== 'function') {
    execFileSync(process.execPath, ['--expose-gc', new URL(import.meta.url).pathname, 'heap', arg ?? '10000'], { stdio: 'inherit' });
    return;
  }
  const { analyze } = await import(join(ROOT, 'dist', 'index.js'));
  const base = articles();
  const total = Number(arg ?? 10000);
  let seed = 7;
  const rnd = (n) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
  const name = () => String.fromCharCode(65 + rnd(26)) + Array.from({ length: 6 }, () => String.fromCharCode(97 + rnd(26))).join('');
  console.log('| articles | heap used after GC, MB | RSS MB |', '\n|---:|---:|---:|');
  for (let i = 1; i <= total; i++) {
    const a = base[i % base.length];
    const extra = `\nLe groupe ${name()} a attaqué ${name()} le ${1 + rnd(28)} mars, tuant ${rnd(500)} ${name().toLowerCase()}s près de ${name()}.`;
    analyze(a.text + extra, { referenceDate: a.referenceDate });
    if (i % Math.ceil(total / 5) === 0) {
      globalThis.gc();
      const m = process.memoryUsage();
      console.log(`| ${i} | ${(m.heapUsed / 1e6).toFixed(1)} | ${(m.rss / 1e6).toFixed(0)} |`);
    }
  }
}

const main = import.meta.url === `file://${process.argv[1]}`;
if (!main) {
  // imported for ADVERSARIAL
} else if (mode === 'adversarial') await adversarial();
else if (mode === 'folder') folder();
else if (mode === 'large') await large();
else if (mode === 'heap') await heap();
else {
  console.error('usage: node bench/robustness.mjs adversarial|folder|large|heap [arg]');
  process.exitCode = 2;
}
