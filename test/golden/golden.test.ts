/**
 * Golden-file tests of the seeds (fixtures/ gold, seeds/ texts):
 * 1. scored against its gold, each seed reaches the floors of thresholds.json
 *    (raised as the extractors improve, never lowered);
 * 2. the full analyze() output equals the approved one in approved/NAME.json,
 *    so any change shows as a reviewable diff. Approve deliberately with
 *    UPDATE_GOLDEN=1 npx vitest run test/golden
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/eval/corpus.js';
import { evaluate } from '../../src/eval/run.js';
import type { Analysis } from '../../src/schema.js';
import { summarizeChanges } from './changes.js';
import { belowFloors, floorsOf, raised, type ThresholdFile } from './thresholds.js';

const HERE = new URL('.', import.meta.url).pathname;
const THRESHOLDS = `${HERE}thresholds.json`;
const approvedPath = (name: string) => `${HERE}approved/${name}.json`;
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const RAISE = process.env.RAISE_THRESHOLDS === '1';

const evaluation = evaluate(loadCorpus('fixtures', 'seeds'));
const names = evaluation.documents.map((d) => d.document.name);
const thresholds = JSON.parse(readFileSync(THRESHOLDS, 'utf8')) as ThresholdFile;

describe('golden: seed scores reach their floors (thresholds.json)', () => {
  it('has floors for every seed and for no other', () => {
    expect(Object.keys(thresholds.seeds).sort()).toEqual([...names].sort());
  });

  it.each(evaluation.documents.map((d) => [d.document.name, d] as const))('%s', (name, d) => {
    const floors = thresholds.seeds[name];
    expect(floors, `no floors for ${name} in thresholds.json`).toBeDefined();
    expect(belowFloors(floorsOf(d.metrics), floors!), `${name} scores below its floors`).toEqual([]);
  });

  it('all seeds together', () => {
    expect(belowFloors(floorsOf(evaluation.metrics), thresholds.all), 'scores over all seeds below their floors').toEqual([]);
  });

  afterAll(() => {
    if (!RAISE) return;
    const next: ThresholdFile = { ...thresholds, all: raised(thresholds.all, floorsOf(evaluation.metrics)), seeds: {} };
    for (const d of evaluation.documents) next.seeds[d.document.name] = raised(thresholds.seeds[d.document.name], floorsOf(d.metrics));
    writeFileSync(THRESHOLDS, `${JSON.stringify(next, null, 2)}\n`);
  });
});

describe('golden: analyze() output equals the approved one (approved/NAME.json)', () => {
  it.each(evaluation.documents.map((d) => [d.document.name, d.analysis] as const))('%s', (name, actual) => {
    const path = approvedPath(name);
    if (UPDATE) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(existsSync(path), `no approved output for ${name}: run UPDATE_GOLDEN=1 npx vitest run test/golden`).toBe(true);
    const approved = JSON.parse(readFileSync(path, 'utf8')) as Analysis;
    const changes = summarizeChanges(approved, actual);
    const message = `analyze() output of ${name} differs from test/golden/approved/${name}.json:\n  ${changes.join('\n  ')}\nReview, then approve with UPDATE_GOLDEN=1 npx vitest run test/golden`;
    expect(changes.length === 0 && JSON.stringify(approved) === JSON.stringify(actual), message).toBe(true);
  });
});
