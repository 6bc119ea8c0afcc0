import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold.js';
import { translitKey } from '../../src/text/translit.js';

const key = (w: string): string => translitKey(fold(w));

// Spellings of one name that must share a key, and names that must not.
const SAME: string[][] = [
  ['Kataeb', 'Kataïb', 'Kataëb', 'Katayeb', 'Kataib'],
  ['Chouhada', 'Shuhada', 'Chuhada'],
  ['Sayyid', 'Sayed', 'Sayid'],
  ['Chaabi', 'Shaabi', 'Chabi'],
  ['Daech', 'Daesh'],
  ['Qods', 'Quds'],
  ['Houthis', 'Huthi', 'Houthi'],
  ['Nujaba', 'Noujaba'],
  ['Hezbollah', 'Hizbollah', 'Hizbullah'],
  ['Qaïda', 'Qaeda', 'Qaida'],
  ['Nosra', 'Nusra'],
  ['Asaïb', 'Assaïb', 'Asaib'],
  ['Jihad', 'Djihad'],
];
const DIFFERENT: [string, string][] = [
  ['Hamas', 'Hommes'],
  ['Iran', 'Oran'],
  ['Irak', 'Iran'],
];

describe('translitKey', () => {
  it.each(SAME.map((s) => [s.join(' / '), s] as const))('%s share a key', (_label, spellings) => {
    expect(new Set(spellings.map(key)).size).toBe(1);
  });
  it.each(DIFFERENT)('%s and %s differ', (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });
  it('keeps digits and drops what is not a letter', () => {
    expect(key('M23')).toBe('m23');
    expect(key("kata'ib")).toBe(key('kataib'));
  });
});
