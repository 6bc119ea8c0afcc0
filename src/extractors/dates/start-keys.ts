/**
 * What a pattern element can start with: the keys of the words, and the
 * shapes of the numbers. The rule index and the lookahead are built from it.
 */
import type { Element } from './elements.js';
import type { DateLexicon } from './lexicon.js';

/** The shapes of numeric token an element can start with: `small` (1–3 digits), `year` (4 digits), `dotted` (`12.03.2024`). */
export type NumberShape = 'small' | 'year' | 'dotted';

/** The first-token keys an element can start with, and the numeric tokens it can start with. */
export function startKeys(el: Element, lex: DateLexicon): { keys: string[]; numbers: NumberShape[] } {
  if (el.type === 'word') return { keys: [...el.words], numbers: [] };
  if (el.type === 'sep') return { keys: [...el.chars], numbers: [] };
  const words = (keys: Iterable<string>, ...numbers: NumberShape[]) => ({ keys: [...keys], numbers });
  switch (el.slot) {
    case 'month':
      return words([...lex.monthNames.keys(), ...lex.monthAbbreviations.keys()]);
    case 'weekday':
      return words(lex.weekdays.keys());
    case 'day':
      return words(lex.dayNumbers.keys(), 'small');
    case 'monthNumber':
      return words([], 'small');
    case 'year':
      return words([], 'year');
    case 'dottedDate':
      return words([], 'dotted');
    case 'count':
      return words(lex.numbers.firstWords(), 'small');
    case 'unit':
      return words(lex.units.keys());
    case 'season':
      return words(lex.seasons.keys());
    case 'partOfDay':
      return words(lex.partsOfDay.firstWords());
    case 'leadingPartOfDay':
      return words(lex.leadingPartsOfDay.firstWords());
    case 'direction':
      return words([...lex.past, ...lex.future]);
    case 'dayWord':
      return words(lex.dayWords.firstWords());
    case 'approximator':
      return words(lex.approximators.firstWords());
    case 'roundCount':
      return words(lex.roundCounts.firstWords());
  }
}

/** The shape of a numeric token, or null when no date starts with it. */
export function numberShape(key: string): NumberShape | null {
  if (key.length <= 3) return 'small';
  if (key.length === 4) return 'year';
  return key.length >= 8 && key.length <= 10 && key.includes('.') ? 'dotted' : null;
}
