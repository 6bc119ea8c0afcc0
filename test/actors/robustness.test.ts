import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

// Inputs no rule was written for: the extractor must return well-formed mentions (or none) and never throw.
const ODD: [string, string][] = [
  ['emoji', 'Le Hamas 🚀🔥 a tiré des roquettes 💥 sur Israël 🇮🇱.'],
  ['Arabic script', 'أعلنت كتائب حزب الله العراقية مسؤوليتها. Les Kataïb Hezbollah ont confirmé.'],
  ['lone surrogates', 'Le Hezbollah \ud800 a tiré \udc00 des roquettes.'],
  ['one very long word', `L'armée ${'a'.repeat(100_000)} a frappé.`],
  ['a repeated name', 'Hezbollah '.repeat(20_000)],
  ['repeated commas after a capital', `Moscou${', '.repeat(5_000)}affirme.`],
  ['repeated particles', `${'al-'.repeat(10_000)}Qaïda`],
  ['repeated articles', `${"l'".repeat(10_000)}Irak`],
  ['brackets', `${'('.repeat(5_000)}FDS${')'.repeat(5_000)}`],
  ['capitals only', 'LES ÉTATS-UNIS ET L’IRAK ONT SIGNÉ UN ACCORD AVEC LE HAMAS ET DAECH.'],
  ['decomposed accents', 'L’E\u0301tat islamique et les Kataı\u0308b Hezbollah.'],
  ['no letters', '1234 5678 ... --- ’’’ «» ()'],
];

describe('actors on odd input', () => {
  it.each(ODD)('%s', (_label, text) => {
    const r = analyze(text, { referenceDate: '2024-06-15', language: 'fr' });
    for (const a of r.mentions.actors) {
      expect(text.slice(a.start, a.end)).toBe(a.text);
      expect(a.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('keeps every name in a run of repeated names', () => {
    const r = analyze('Hezbollah '.repeat(1_000), { referenceDate: '2024-06-15', language: 'fr' });
    expect(r.mentions.actors).toHaveLength(1_000);
  });

  it('reads decomposed accents as composed ones', () => {
    const r = analyze('L’E\u0301tat islamique et les Kataı\u0308b Hezbollah.', { referenceDate: '2024-06-15', language: 'fr' });
    expect(r.mentions.actors.map((a) => a.id)).toEqual(['etat-islamique', 'kataeb-hezbollah']);
  });
});
