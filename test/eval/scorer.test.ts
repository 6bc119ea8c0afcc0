import { describe, expect, it } from 'vitest';
import { measures } from '../../src/eval/json.js';
import { documentMetrics, scoreDocument, sumScores } from '../../src/eval/score.js';
import { SCORER_CASES } from './scorer-cases.js';

describe('scorer (ANNOTATION.md §7) on hand-made cases', () => {
  it.each(SCORER_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const p = c.predict(c.text, c.gold);
    const prediction = { mentions: p.mentions ?? { dates: [], actors: [], places: [], quantities: [], attackTypes: [] }, events: p.events ?? [] };
    const score = scoreDocument('case', c.text, c.gold, prediction);
    expect(measures(sumScores([score]), documentMetrics(score))).toMatchObject(c.expect);
  });
});
