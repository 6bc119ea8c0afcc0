import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/schema.js';
import { leafChanges, summarizeChanges } from './changes.js';

const base = (): Analysis => ({
  language: 'fr',
  referenceDate: '2024-11',
  referenceDateSource: 'option',
  dateline: null,
  sentences: [{ start: 0, end: 30, text: 'Samedi, deux drones ont frappé.', index: 0, paragraph: 0, role: 'body' }],
  mentions: {
    dates: [{ start: 0, end: 6, text: 'Samedi', value: '2024-11-16', precision: 'day', rule: 'weekday' }],
    actors: [],
    places: [],
    quantities: [],
    attackTypes: [{ start: 13, end: 19, text: 'drones', value: 'drone', rule: 'means' }],
  },
  events: [],
  warnings: [],
});

describe('summary of changes to an approved output', () => {
  it('is empty when nothing changed', () => {
    expect(summarizeChanges(base(), base())).toEqual([]);
  });

  it('names mentions that appeared, disappeared or changed value, with their span and rule', () => {
    const after = base();
    after.mentions.dates[0]!.value = '2024-11-09';
    after.mentions.attackTypes = [];
    after.mentions.quantities.push({ start: 8, end: 19, text: 'deux drones', value: 2, qualifier: 'exact', kind: 'count', rule: 'number' });
    expect(summarizeChanges(base(), after)).toEqual([
      '~ dates [0,6) «Samedi» "2024-11-09" (rule weekday): value: "2024-11-16" → "2024-11-09"',
      '+ quantities [8,19) «deux drones» 2 "count" "exact" (rule number)',
      '- attackTypes [13,19) «drones» "drone" (rule means)',
    ]);
  });

  it('names events that appeared, with their trigger and evidence', () => {
    const after = base();
    const evidence = { start: 0, end: 30, text: 'Samedi, deux drones ont frappé.' };
    after.events.push({
      type: 'attack', attackTypes: ['drone'], date: null, actor: null, target: null, places: [], killed: null, injured: null, troops: null, count: null,
      evidence, trigger: { start: 24, end: 30, text: 'frappé' }, confidence: 0.8,
    });
    expect(summarizeChanges(base(), after)).toEqual(['+ event attack trigger [24,30) «frappé» in «Samedi, deux drones ont frappé.»']);
    const changed = structuredClone(after);
    changed.events[0]!.confidence = 0.6;
    expect(summarizeChanges(after, changed)).toEqual(['~ event attack trigger [24,30) «frappé» in «Samedi, deux drones ont frappé.»: confidence: 0.8 → 0.6']);
  });

  it('names other fields by path, and caps a long summary', () => {
    const after = base();
    after.referenceDate = '2024-11-16';
    after.sentences[0]!.role = 'headline';
    expect(summarizeChanges(base(), after)).toEqual(['referenceDate: "2024-11" → "2024-11-16"', 'sentences.0.role: "body" → "headline"']);
    const many = base();
    many.mentions.places = Array.from({ length: 100 }, (_, i) => ({ start: i, end: i + 1, text: 'x', name: 'X', country: null, kind: 'city' as const, lat: null, lon: null, rule: 'r' }));
    const lines = summarizeChanges(base(), many);
    expect(lines).toHaveLength(81);
    expect(lines[80]).toBe('… and 20 more changes');
  });

  it('lists changed leaves of nested values', () => {
    expect(leafChanges({ a: { b: 1, c: [1, 2] } }, { a: { b: 2, c: [1] } })).toEqual(['a.b: 1 → 2', 'a.c.1: 2 → absent']);
  });
});
