import { describe, expect, it } from 'vitest';
import { containsEitherWay, scoreKey } from '../../src/eval/fold.js';
import { MENTION_CATEGORIES } from '../../src/eval/gold.js';
import { goldOccurrences } from '../../src/eval/occurrences.js';
import { SearchableText } from '../../src/eval/searchable.js';
import { OCCURRENCE_CASES } from './occurrence-cases.js';

describe('gold occurrences', () => {
  it.each(OCCURRENCE_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const doc = new SearchableText(c.text);
    const occ = goldOccurrences(doc, { dates: [], actors: [], places: [], quantities: [], attackTypes: [], ...c.mentions });
    for (const category of MENTION_CATEGORIES) {
      expect(occ[category].map((o) => c.text.slice(o.start, o.end)), category).toEqual(c.expected[category] ?? []);
    }
  });
});

describe('folding for scoring', () => {
  it.each([
    ['Résistance islamique', 'resistance islamique'],
    ['  L’Irak — et « Bagdad »  ', 'l irak et bagdad'],
    ['Re\u0301sistance', 'resistance'],
    ['İstanbul', 'istanbul'],
    ['2.500 soldats', '2 500 soldats'],
    ['🙂 \ud800 x', 'x'],
  ])('%j folds to %j', (input, key) => {
    expect(scoreKey(input)).toBe(key);
  });

  it.each([
    ['Zone verte de Bagdad', 'Bagdad', true],
    ['Bagdad', 'Zone verte de Bagdad', true],
    ['Irakiens', 'Irak', false],
    ['Hezbollah', '', false],
  ])('%j and %j contain one another: %s', (a, b, yes) => {
    expect(containsEitherWay(a, b)).toBe(yes);
  });
});
