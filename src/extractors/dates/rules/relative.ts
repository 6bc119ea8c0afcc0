/**
 * Shifts from the publication date: `hier`, `avant-hier`, `aujourd'hui`,
 * `la semaine dernière`, `le mois prochain`, `l'an dernier`, `cette année`,
 * `il y a trois jours`, `il y a près d'un an`, `il y a une dizaine de jours`,
 * `dans deux semaines`; the current year, month or week when a boundary
 * names it (`la fin de l'année`).
 */
import { named, optSlot, optWord, slot, word } from '../elements.js';
import type { Unit } from '../lexicon.js';
import { articles, type DateRule } from '../rule.js';
import { direction, has, num } from './captures.js';

const unitOf = (g: Parameters<DateRule['resolve']>[0]): Unit => g.unit!.value as Unit;

export const RELATIVE_RULES: readonly DateRule[] = [
  {
    name: 'day-word',
    pattern: [slot('dayWord'), optSlot('partOfDay')],
    partOfDayBefore: true,
    resolve: (g) => ({ kind: 'shift', unit: 'day', amount: num(g, 'dayWord')! }),
  },
  {
    name: 'unit-last-next',
    pattern: [slot('unit'), slot('direction')],
    article: articles('le', 'la', 'l'),
    // `en fin de semaine dernière` goes without; `un an passé à` is no date.
    needs: 'article',
    resolve: (g) => (unitOf(g) === 'day' ? null : { kind: 'shift', unit: unitOf(g), amount: direction(g) === 'past' ? -1 : 1 }),
  },
  {
    name: 'unit-this',
    pattern: [word('ce', 'cette', 'cet'), slot('unit'), optWord('ci')],
    // `cette année-là` is another year, `ce mois de mars` is March; `ce jour` (`à ce jour`) is no date.
    unless: new Set(['la', 'de', 'd']),
    resolve: (g) => (unitOf(g) === 'day' ? null : { kind: 'shift', unit: unitOf(g), amount: 0 }),
  },
  {
    name: 'ago',
    pattern: [word('il'), word('y'), word('a'), optSlot('approximator'), slot('count'), slot('unit')],
    resolve: (g) => ({ kind: 'shift', unit: unitOf(g), amount: -num(g, 'count')!, approx: has(g, 'approximator') }),
  },
  {
    name: 'ago-about',
    pattern: [word('il'), word('y'), word('a'), slot('roundCount', 'count'), slot('unit')],
    resolve: (g) => ({ kind: 'shift', unit: unitOf(g), amount: -num(g, 'count')!, approx: true }),
  },
  {
    name: 'in-about',
    pattern: [word('dans'), slot('roundCount', 'count'), slot('unit')],
    resolve: (g) => ({ kind: 'shift', unit: unitOf(g), amount: num(g, 'count')!, approx: true }),
  },
  {
    name: 'in',
    pattern: [word('dans'), optSlot('approximator'), slot('count'), slot('unit')],
    resolve: (g) => ({ kind: 'shift', unit: unitOf(g), amount: num(g, 'count')!, approx: has(g, 'approximator') }),
  },
  {
    name: 'current-period',
    pattern: [named('word', word('annee', 'an', 'mois', 'semaine'))],
    article: articles('l', 'le', 'la'),
    needs: 'boundary',
    // `la fin du mois d'août` is August's end.
    unless: new Set(['de', 'd']),
    resolve: (g) => ({ kind: 'shift', unit: UNIT_OF_WORD[g.word!.value as string]!, amount: 0 }),
  },
];

const UNIT_OF_WORD: Record<string, Unit> = { annee: 'year', an: 'year', mois: 'month', semaine: 'week' };
