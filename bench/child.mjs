// Measurements that need a fresh process: cold start, peak memory, time per MB at one size,
// and adversarial inputs. Prints one JSON line.
import { performance } from 'node:perf_hooks';
import { bigDocument, articles } from './corpus.mjs';

const [mode, arg] = process.argv.slice(2);
const DIST = new URL('../dist/index.js', import.meta.url).href;

const ADVERSARIAL = {
  'repeated a': (n) => 'a'.repeat(n),
  spaces: (n) => `Le ${' '.repeat(n)} texte.`,
  digits: (n) => '7'.repeat(n),
  apostrophes: (n) => "l'".repeat(n / 2),
  'dotted numbers': (n) => '2.'.repeat(n / 2),
  'de de de': (n) => 'de '.repeat(n / 3),
  'words without punctuation': (n) => 'les soldats ont attaqué la base '.repeat(n / 32),
};

if (mode === 'cold') {
  const t0 = performance.now();
  const { analyze } = await import(DIST);
  const seed = articles()[1];
  analyze(seed.text, { referenceDate: seed.referenceDate });
  const t1 = performance.now();
  console.log(JSON.stringify({ importAndFirstAnalyzeMs: t1 - t0, sinceProcessStartMs: t1 }));
} else if (mode === 'size') {
  const bytes = Number(arg);
  const text = bigDocument(bytes);
  const { analyze } = await import(DIST);
  analyze(articles()[0].text);
  const runs = bytes >= 5e6 ? 2 : bytes >= 1e6 ? 4 : 12;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyze(text, { referenceDate: '2024-01', language: 'fr' });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  const mb = Buffer.byteLength(text) / 1e6;
  console.log(JSON.stringify({ bytes: Buffer.byteLength(text), ms, msPerMB: ms / mb, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
} else if (mode === 'adversarial') {
  const { analyze } = await import(DIST);
  const out = {};
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    const row = {};
    for (const n of [100_000, 1_000_000]) {
      const text = make(n);
      const t0 = performance.now();
      try {
        analyze(text, { language: 'fr', referenceDate: '2024-01' });
      } catch (e) {
        row.error = e.name;
      }
      row[n] = performance.now() - t0;
    }
    out[name] = row;
  }
  console.log(JSON.stringify(out));
}
