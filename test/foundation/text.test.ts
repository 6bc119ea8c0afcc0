/**
 * The text layer, from its example corpus: sentences and their roles,
 * datelines; and the folding invariant every offset relies on.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { fold, lexKey } from '../../src/text/fold.js';
import examples from './text-examples.json' with { type: 'json' };

describe('sentences', () => {
  for (const ex of examples.sentences) {
    it(JSON.stringify(ex.text.slice(0, 60)), () => {
      const r = analyze(ex.text, { language: 'fr', referenceDate: null });
      expect(r.sentences.map((s) => s.text)).toEqual(ex.sentences);
      if (ex.roles) expect(r.sentences.map((s) => s.role)).toEqual(ex.roles);
    });
  }
});

describe('datelines', () => {
  for (const ex of examples.datelines) {
    it(JSON.stringify(ex.text.slice(0, 60)), () => {
      const r = analyze(ex.text, { language: 'fr' });
      expect(r.referenceDate).toBe(ex.referenceDate);
      expect(r.dateline?.text ?? null).toBe(ex.dateline);
      if (ex.dateline) expect(r.sentences.every((s) => s.start >= r.dateline!.end)).toBe(true);
    });
  }
});

describe('fold', () => {
  it('keeps the length of any string', () => {
    const samples = ['Aïn al-Assad', 'İstanbul ǅ ß ﬁ', 'L’État islamique « EI »', '\u0065\u0301té', '🙂 مرحبا \ud800 x', 'ŒUVRE Ægypte'];
    for (const s of samples) expect(fold(s).length).toBe(s.length);
  });

  it('lower-cases, strips accents and plains typography', () => {
    expect(fold('L’État « Islamique » à Aïn\u00a0al-Assad')).toBe('l\'etat " islamique " a ain al-assad');
  });

  it('gives lexicon keys that ignore hyphens, apostrophes and spacing', () => {
    expect(lexKey('Aïn al-Assad')).toBe('ain al assad');
    expect(lexKey('l’Irak')).toBe('l irak');
    expect(lexKey('  Kataëb   Hezbollah ')).toBe('kataeb hezbollah');
  });
});
