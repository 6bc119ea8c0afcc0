/**
 * Odd inputs never make the places extractor throw, and every place it
 * returns points into the text.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const ODD: [string, string][] = [
  ['empty', ''],
  ['emoji', '🔥💥 Bagdad 🇮🇶 frappée 🚀 près de Kirkouk 🙏'],
  ['Arabic script', 'قصف في بغداد والموصل. Des frappes à Bagdad.'],
  ['lone surrogates', '\ud800 à Erbil \udc00 et \ud83d près de Mossoul'],
  ['a long run of capitals', `${'Bagdad '.repeat(20000)}.`],
  ['100 000 repeated letters', 'A'.repeat(100000)],
  ['repeated articles and hyphens', `${'al-'.repeat(30000)}Tanf`],
  ['repeated apostrophes', `d'${"'".repeat(50000)}Erbil`],
  ['repeated heads', `${'la province de '.repeat(5000)}Homs`],
  ['combining marks', 'Les frappes ont touché Ba\u0301gdad et Ki\u0308rkouk.'],
  ['only punctuation', '- - - , , ; : ! ? « » ( ) [ ]'],
];

describe('places on odd input', () => {
  it.each(ODD)('%s', (_, text) => {
    const r = analyze(text, { language: 'fr', referenceDate: '2024-01-15', maxLength: 1_000_000 });
    for (const p of r.mentions.places) {
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(p.end).toBeGreaterThan(p.start);
    }
  });
});
