/**
 * Ranges, valued at their first day, month or year (`4 et 5 mai` → 4 May):
 * `du 16 au 20 novembre`, `du 28 février au 3 mars 2024`, `de mars à mai`,
 * `de 2003 à 2011`, `entre 2014 et 2017`, `la nuit de mardi à mercredi`.
 */
import { optSlot, optWord, sep, slot, word } from '../elements.js';
import type { DateRule } from '../rule.js';
import { calendar, num } from './captures.js';

const TO = ['au', 'a', 'et'];

export const RANGE_RULES: readonly DateRule[] = [
  {
    name: 'day-range',
    pattern: [optSlot('weekday'), slot('day'), word(...TO), optWord('le'), optSlot('weekday', 'weekday2'), slot('day', 'day2'), slot('month'), optSlot('year')],
    partOfDayBefore: true,
    resolve: (g) => calendar({ weekday: num(g, 'weekday'), day: num(g, 'day'), month: num(g, 'month'), year: num(g, 'year') }),
  },
  {
    name: 'day-range-dash',
    pattern: [slot('day'), sep('-'), slot('day', 'day2'), slot('month'), optSlot('year')],
    resolve: (g) => calendar({ day: num(g, 'day'), month: num(g, 'month'), year: num(g, 'year') }),
  },
  {
    name: 'day-month-range',
    pattern: [optSlot('weekday'), slot('day'), slot('month'), optSlot('year'), word(...TO), optWord('le'), optSlot('weekday', 'weekday2'), slot('day', 'day2'), slot('month', 'month2'), optSlot('year', 'year2')],
    resolve: (g) => calendar({ weekday: num(g, 'weekday'), day: num(g, 'day'), month: num(g, 'month'), year: num(g, 'year') ?? yearBefore(g) }),
  },
  {
    name: 'month-range',
    pattern: [slot('month'), word(...TO), slot('month', 'month2'), optSlot('year')],
    resolve: (g) => calendar({ month: num(g, 'month'), year: num(g, 'year') === undefined ? undefined : num(g, 'year')! - (num(g, 'month')! > num(g, 'month2')! ? 1 : 0) }),
  },
  {
    name: 'year-range',
    pattern: [slot('year'), word('a', 'au'), slot('year', 'year2')],
    needs: 'cue',
    cues: new Set(['de', 'd', 'en']),
    countGuard: true,
    resolve: (g) => (num(g, 'year2')! > num(g, 'year')! ? calendar({ year: num(g, 'year') }) : null),
  },
  {
    // `en 2014 et 2015` is two dates; `entre 2014 et 2017` one period.
    name: 'year-between',
    pattern: [slot('year'), word('et'), slot('year', 'year2')],
    needs: 'cue',
    cues: new Set(['entre']),
    countGuard: true,
    resolve: (g) => (num(g, 'year2')! > num(g, 'year')! ? calendar({ year: num(g, 'year') }) : null),
  },
  {
    name: 'year-range-dash',
    pattern: [slot('year'), sep('-', '/'), slot('year', 'year2')],
    countGuard: true,
    resolve: (g) => (num(g, 'year2')! > num(g, 'year')! ? calendar({ year: num(g, 'year') }) : null),
  },
];

/** The end's year, moved back a year when the range crosses New Year (`du 28 décembre au 3 janvier 2024`). */
function yearBefore(g: Parameters<DateRule['resolve']>[0]): number | undefined {
  const y = num(g, 'year2');
  if (y === undefined) return undefined;
  return num(g, 'month')! > num(g, 'month2')! ? y - 1 : y;
}
