/**
 * The extractor's budget: 5 MB of news well under 200 ms on one core. CI
 * machines are shared, so the bound here is five times the budget: it is
 * here to catch a super-linear pass or a rule tried on every token, not to
 * time the library (bench/ does that).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extractors/dates/extract.js';
import { resolveOptions } from '../../src/options.js';
import { RunState } from '../../src/pipeline/state.js';
import { STAGES } from '../../src/pipeline/stages.js';

const SEEDS = new URL('../../seeds/', import.meta.url);

function docOf(text: string) {
  const state = new RunState(text, resolveOptions({ referenceDate: '2024-11-16', language: 'fr' }));
  for (const stage of STAGES) {
    if (stage.name === 'dates') break;
    stage.run(state);
  }
  return state.doc();
}

describe('dates performance', () => {
  it('reads 5 MB of news in under a second', () => {
    const news = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(new URL(f, SEEDS), 'utf8').replace(/^\s*date\s+\S+/, ''))
      .join('\n\n');
    const doc = docOf(news.repeat(Math.ceil(5_000_000 / news.length)));
    extractDates(doc);
    const t0 = performance.now();
    const mentions = extractDates(doc);
    const ms = performance.now() - t0;
    expect(mentions.length).toBeGreaterThan(5_000);
    expect(ms).toBeLessThan(1000);
  });
});
