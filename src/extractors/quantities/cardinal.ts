/**
 * French cardinals in words, up to the millions: `deux mille cinq cents`,
 * `quatre-vingt-dix-neuf`, `soixante et onze`, `vingt et un`, Belgian and
 * Swiss `septante` / `huitante` / `nonante`. Hyphens are already gone from the
 * word view, so `quatre-vingt-dix` reads `quatre vingt dix`. A small state
 * machine accepts only well-formed sequences (`deux trois` stops after `deux`).
 */
import type { Words } from '../words.js';
import type { QuantityLexicon } from './lexicon.js';

type Last = 'none' | 'unit' | 'dix' | 'teen' | 'ten' | 'hundred' | 'thousand';

export interface WordCardinal {
  value: number;
  end: number;
}

export function readWordCardinal(words: Words, lex: QuantityLexicon, w: number, limit: number): WordCardinal | null {
  let total = 0;
  let group = 0;
  let last: Last = 'none';
  let i = w;
  for (; i < limit; i++) {
    const k = words.key(i);
    const fresh = last === 'none' || last === 'hundred' || last === 'thousand';
    const unit = lex.units.get(k);
    const teen = lex.teens.get(k);
    const ten = lex.tens.get(k);
    if (unit !== undefined) {
      // `vingt et un`, `trente-deux`, `dix-sept`: a unit completes a ten or `dix`.
      const completes = (last === 'ten' && group % 10 === 0) || (last === 'dix' && unit >= 7);
      if (!fresh && !completes) break;
      group += unit;
      last = 'unit';
    } else if (teen !== undefined) {
      // `soixante-dix`, `quatre-vingt-onze`.
      const afterSixtyOrEighty = last === 'ten' && (group % 100 === 60 || group % 100 === 80);
      if (!fresh && !afterSixtyOrEighty) break;
      group += teen;
      last = k === 'dix' ? 'dix' : 'teen';
    } else if (ten !== undefined) {
      if (ten === 20 && last === 'unit' && group % 100 === 4) {
        group += 76; // quatre-vingt(s)
      } else if (fresh && k !== 'vingts') {
        group += ten;
      } else break;
      last = 'ten';
    } else if (lex.hundreds.has(k)) {
      if (last === 'unit' && group < 10) group *= 100;
      else if (fresh && group === 0) group = 100;
      else break;
      last = 'hundred';
    } else if (lex.thousands.has(k)) {
      if (total > 0 || last === 'thousand') break;
      total = (group || 1) * 1000;
      group = 0;
      last = 'thousand';
    } else if (k === 'et' && last === 'ten' && i + 1 < limit && joinsWithEt(group, words.key(i + 1))) {
      continue;
    } else break;
  }
  if (i === w) return null;
  return { value: total + group, end: i };
}

/** `et` joins a ten to `un` / `une` (`vingt et un`), and sixty to `onze`. */
function joinsWithEt(group: number, next: string): boolean {
  if (next === 'un' || next === 'une') return group % 10 === 0;
  return next === 'onze' && group % 100 === 60;
}
