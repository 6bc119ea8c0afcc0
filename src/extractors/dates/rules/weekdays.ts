/**
 * Weekdays without a day number, resolved later by tense and by the dates
 * the article states: `samedi`, `tard mardi`, `tôt lundi matin`,
 * `ce mercredi soir`, `mercredi dernier`, `la nuit de mardi à mercredi`.
 */
import { named, optSlot, optWord, slot, word } from '../elements.js';
import type { DateExpr } from '../expr.js';
import type { DateRule } from '../rule.js';
import { direction, has, num } from './captures.js';

function weekday(g: Parameters<DateRule['resolve']>[0]): DateExpr {
  const out: DateExpr = { kind: 'weekday', weekday: num(g, 'weekday')! };
  const dir = direction(g);
  if (dir) out.direction = dir;
  if (has(g, 'ce')) out.demonstrative = true;
  return out;
}

export const WEEKDAY_RULES: readonly DateRule[] = [
  {
    name: 'weekday',
    pattern: [named('ce', optWord('ce')), slot('weekday'), optSlot('partOfDay'), optSlot('direction'), optSlot('partOfDay', 'part2')],
    partOfDayBefore: true,
    resolve: weekday,
  },
  {
    name: 'weekday-range',
    pattern: [slot('weekday'), optSlot('partOfDay'), word('a', 'au', 'et'), slot('weekday', 'weekday2'), optSlot('partOfDay', 'part2')],
    partOfDayBefore: true,
    resolve: weekday,
  },
];
