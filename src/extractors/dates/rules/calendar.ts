/**
 * Dates the text states on the calendar: `16 novembre`, `samedi 21 mai 2022`,
 * `août 2023`, `octobre dernier`, `en 2014`, `l'an 2000`, `12/03/2024`, `2024-11-16`.
 */
import { optSlot, optWord, sep, slot, word } from '../elements.js';
import { articles, type DateRule } from '../rule.js';
import { calendar, direction, num } from './captures.js';

/** `au mois d'août`, `depuis le mois de mars`: the noun belongs to the month. */
const MONTH_NOUN = articles('mois de', 'mois d');

export const CALENDAR_RULES: readonly DateRule[] = [
  {
    name: 'weekday-day-month',
    pattern: [optWord('ce'), slot('weekday'), optSlot('partOfDay'), optWord('le'), slot('day'), slot('month'), optSlot('year'), optSlot('partOfDay', 'after')],
    partOfDayBefore: true,
    resolve: (g) => calendar({ weekday: num(g, 'weekday'), day: num(g, 'day'), month: num(g, 'month'), year: num(g, 'year') }),
  },
  {
    name: 'day-month',
    pattern: [slot('day'), slot('month'), optSlot('year'), optSlot('direction'), optSlot('partOfDay')],
    partOfDayBefore: true,
    resolve: (g) => calendar({ day: num(g, 'day'), month: num(g, 'month'), year: num(g, 'year'), direction: direction(g) }),
  },
  {
    name: 'month-year',
    pattern: [slot('month'), slot('year')],
    article: MONTH_NOUN,
    resolve: (g) => calendar({ month: num(g, 'month'), year: num(g, 'year') }),
  },
  {
    name: 'month',
    pattern: [slot('month'), optSlot('direction')],
    article: MONTH_NOUN,
    resolve: (g) => calendar({ month: num(g, 'month'), direction: direction(g) }),
  },
  {
    name: 'year',
    pattern: [slot('year')],
    needs: 'cue',
    cues: new Set(['en', 'de', 'd', 'entre', 'pour']),
    countGuard: true,
    resolve: (g) => calendar({ year: num(g, 'year') }),
  },
  {
    name: 'an-year',
    pattern: [word('an', 'annee'), slot('year')],
    article: articles('l'),
    resolve: (g) => calendar({ year: num(g, 'year') }),
  },
  {
    name: 'numeric-day-month-year',
    pattern: [slot('day'), sep('/', '-'), slot('monthNumber', 'month'), sep('/', '-'), slot('year')],
    resolve: (g) => calendar({ day: num(g, 'day'), month: num(g, 'month'), year: num(g, 'year') }),
  },
  {
    name: 'dotted-day-month-year',
    pattern: [slot('dottedDate')],
    resolve: (g) => calendar(g.dottedDate!.value as { day: number; month: number; year: number }),
  },
  {
    name: 'iso-date',
    pattern: [slot('year'), sep('-'), slot('monthNumber', 'month'), sep('-'), slot('day')],
    resolve: (g) => calendar({ day: num(g, 'day'), month: num(g, 'month'), year: num(g, 'year') }),
  },
];
