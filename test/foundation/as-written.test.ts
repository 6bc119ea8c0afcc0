/**
 * Words as written read in place must answer as `normalize('NFC').toLowerCase()`
 * does, on plain, accented, decomposed and odd words alike.
 */
import { describe, expect, it } from 'vitest';
import { writtenEndsWith, writtenIs, writtenStartsWith } from '../../src/text/as-written.js';

const WORDS = ['frappé', 'FRAPPÉES', 'Frappe', 'visée', 'vise\u0301e', 'de\u0301clare\u0300rent', 'déclarèrent', 'Dès', 'DES', 'des', 'İstanbul', 'ÉTÉ', 'été', 'e', '', 'Æ', 'ß', 'ǅé', 'ΣΑΣ', '🙂é'];
const FORMS = ['é', 'ée', 'és', 'ées', 'èrent', 'dès', 'des', 'frappé', 'frappe', 'été', 'i̇stanbul', 'istanbul', '', 'æ', 'ß', 'ǆé', 'σας', '🙂é'];

describe('words as written', () => {
  for (const word of WORDS) {
    const text = `« ${word} »`;
    const start = 2;
    const end = 2 + word.length;
    const slow = word.normalize('NFC').toLowerCase();
    it(JSON.stringify(word), () => {
      for (const form of FORMS) {
        expect(writtenEndsWith(text, start, end, form), `ends ${form}`).toBe(slow.endsWith(form));
        expect(writtenStartsWith(text, start, end, form), `starts ${form}`).toBe(slow.startsWith(form));
        expect(writtenIs(text, start, end, form), `is ${form}`).toBe(slow === form);
      }
    });
  }
});
