import { describe, expect, it } from 'vitest';
import { analyze, AnalysisSchema } from '../../src/index.js';

describe('analyze', () => {
  it('returns a valid result on a dated sentence', () => {
    const r = analyze(' date 2024-11 Samedi 16 novembre, la Résistance irakienne a annoncé avoir attaqué Eilat.');
    expect(AnalysisSchema.parse(r).referenceDate).toBe('2024-11');
  });
});
