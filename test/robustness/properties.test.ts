/**
 * Property tests: analyze() keeps its contract (contract-check.ts) on French-like
 * text made of the lexicons' words, on hostile Unicode, on any string and on
 * HTML, RUNS cases each (2,000 in CI, seed fixed; FUZZ_RUNS and FUZZ_SEED to explore).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { anyString, frenchLike, htmlLike, referenceDate, RUNS, SEED, unicodeMess } from './arbitraries.js';
import { checkContract } from './contract-check.js';

const settings = { numRuns: RUNS, seed: SEED } as const;
/** A run of many cases (FUZZ_RUNS) needs more than the default minute. */
const TIMEOUT = 60_000 + RUNS * 40;
const options = (date: string | null | undefined, extra: object = {}) => ({ language: 'fr' as const, ...(date === undefined ? {} : { referenceDate: date }), ...extra });

describe('analyze() keeps its contract', () => {
  it('on French-like text made of the lexicons\' words', () => {
    fc.assert(fc.property(frenchLike, referenceDate, (text, date) => void checkContract(text, options(date))), settings);
  }, TIMEOUT);

  it('on emoji, combining marks, Arabic script, bidi controls and lone surrogates', () => {
    fc.assert(fc.property(unicodeMess, referenceDate, (text, date) => void checkContract(text, options(date))), settings);
  }, TIMEOUT);

  it('on any string', () => {
    fc.assert(fc.property(anyString, (text) => void checkContract(text, options('2024-11'))), settings);
  }, TIMEOUT);

  it('on HTML, well formed or not', () => {
    fc.assert(fc.property(htmlLike, fc.constantFrom<'auto' | boolean>('auto', true, false), (text, html) => void checkContract(text, options('2024-11', { html }))), settings);
  }, TIMEOUT);

  it('with language detection, where only UnsupportedLanguageError may reject a text', () => {
    fc.assert(fc.property(fc.oneof(frenchLike, unicodeMess, anyString), (text) => void checkContract(text, { referenceDate: '2024-11' })), settings);
  }, TIMEOUT);
});
