/**
 * Weekdays without a day number, resolved later by tense and by the dates
 * the article states: `samedi`, `tard mardi`, `tôt lundi matin`,
 * `ce mercredi soir`, `mercredi dernier`, `la nuit de mardi à mercredi`,
 * `ce week-end`.
 */
import { named, optSlot, optWord, slot, word } from '../elements.js';
import type { DateExpr } from '../expr.js';
import { articles, type DateRule } from '../rule.js';
import { direction, has, num } from './captures.js';

function weekday(g: Parameters<DateRule['resolve']>[0]): DateExpr {
  const out: DateExpr = { kind: 'weekday', weekday: num(g, 'weekday')! };
  const dir = direction(g);
  if (dir) out.direction = dir;
  if (has(g, 'ce')) out.demonstrative = true;
  return out;
}

const SATURDAY = 6;

/** `ce week-end`, `le week-end dernier`: its Saturday, approximately. */
function weekend(g: Parameters<DateRule['resolve']>[0]): DateExpr {
  const out: DateExpr = { kind: 'weekday', weekday: SATURDAY, demonstrative: true, approx: true };
  const dir = direction(g);
  if (dir) out.direction = dir;
  return out;
}

const WEEKEND_ARTICLES = articles('ce', 'le', 'du');

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
  {
    name: 'weekend',
    pattern: [word('week'), word('end'), optSlot('direction')],
    article: WEEKEND_ARTICLES,
    needs: 'article',
    resolve: weekend,
  },
  {
    name: 'weekend-one-word',
    pattern: [word('weekend'), optSlot('direction')],
    article: WEEKEND_ARTICLES,
    needs: 'article',
    resolve: weekend,
  },
];
