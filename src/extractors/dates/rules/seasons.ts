/**
 * Seasons, at year precision (`au début du printemps` → that year): they
 * need an article or preposition before them, and `été` only after `l'`,
 * `en` or `cet`, so that the participle (`a été`) is never a season.
 */
import { optSlot, slot, word } from '../elements.js';
import type { DateExpr } from '../expr.js';
import { articles, type DateRule } from '../rule.js';
import { direction, num } from './captures.js';

function season(g: Parameters<DateRule['resolve']>[0]): DateExpr {
  // `été` is read by its own rule, without a season slot.
  const out: DateExpr = { kind: 'season', month: num(g, 'season') ?? SUMMER };
  const year = num(g, 'year');
  const dir = direction(g);
  if (year !== undefined) out.year = year;
  if (dir) out.direction = dir;
  return out;
}

const SUMMER = 7;
const UNLESS = new Set(['arabe', 'arabes']);

export const SEASON_RULES: readonly DateRule[] = [
  {
    name: 'season',
    pattern: [slot('season'), optSlot('year'), optSlot('direction')],
    needs: 'cue',
    cues: new Set(['au', 'en', 'du', 'ce', 'cet', 'de', 'd']),
    article: articles('l', 'le'),
    unless: UNLESS,
    resolve: season,
  },
  {
    name: 'season-ete',
    pattern: [word('ete'), optSlot('year'), optSlot('direction')],
    needs: 'cue',
    cues: new Set(['en', 'cet']),
    article: articles('l'),
    resolve: season,
  },
];
