/**
 * Any string must work: odd scripts, lone surrogates, long runs of the words
 * the extractors look for. Spans stay exact and values finite.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const ODD_INPUTS: [string, string][] = [
  ['emoji', '😀 deux 😀 soldats tués 🚀 roquettes 💥'],
  ['Arabic script', 'قتل ثلاثة جنود في هجوم deux morts'],
  ['lone surrogates', '\ud800 deux \udfff morts \ud83d'],
  ['repeated number words', `${'deux '.repeat(20000)}soldats`],
  ['repeated digit groups', `${'1 000 '.repeat(5000)}soldats`],
  ['a huge number', `${'9'.repeat(5000)} morts`],
  ['repeated determiners', `${'des '.repeat(20000)}blessés`],
  ['repeated thousands', `${'mille '.repeat(10000)}morts`],
  ['repeated qualifiers', `${'plus de '.repeat(10000)}3 morts`],
  ['repeated means phrases', 'drones de '.repeat(10000)],
  ['repeated strike complements', `${'frappes aux aux de '.repeat(5000)}drones`],
  ['one character repeated', 'a'.repeat(100000)],
  ['punctuation only', '«»—–-\'’'.repeat(10000)],
];

describe('quantities and attack types on odd input', () => {
  it.each(ODD_INPUTS)('%s', (_name, text) => {
    const r = analyze(text, { language: 'fr', referenceDate: '2024-01' });
    for (const m of [...r.mentions.quantities, ...r.mentions.attackTypes]) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    for (const q of r.mentions.quantities) {
      expect(Number.isFinite(q.value)).toBe(true);
      expect(q.value).toBeLessThanOrEqual(1e10);
    }
  });
});
