/**
 * Field checks beyond the schema (ANNOTATION.md §1–§5): calendar values real
 * and consistent with their precision, whole-number counts, ISO country
 * codes, attack types where the guide puts them.
 */
import { parseCalendarValue, precisionOf } from '../../calendar/calendar.js';
import countries from '../../lexicons/fr/countries.json' with { type: 'json' };
import type { GoldFile } from '../gold.js';
import type { IssueList } from './issues.js';
import { items, type Item } from './walk.js';

const COUNTRY_CODES = new Set((countries as { countries: { code: string }[] }).countries.map((c) => c.code));

export function checkFields(gold: GoldFile, issues: IssueList): void {
  if (gold.referenceDate !== null && !parseCalendarValue(gold.referenceDate)) issues.error('referenceDate', `"${gold.referenceDate}" is not a real calendar date`);
  for (const item of items(gold)) checkItem(item, issues);
  gold.events.forEach((e, i) => {
    const path = `events[${i}].attackTypes`;
    if (e.type === 'attack' && e.attackTypes.length === 0) issues.error(path, 'an attack lists its means; `unknown` when they are not stated (§4)');
    if (e.type !== 'attack' && e.attackTypes.length > 0) issues.error(path, `must be [] for a ${e.type} event (§1)`);
    if (new Set(e.attackTypes).size !== e.attackTypes.length) issues.error(path, 'lists a value twice');
    if (e.attackTypes.includes('unknown') && e.attackTypes.length > 1) issues.warn(path, '`unknown` beside known means');
    if (e.troops && e.type !== 'troop_presence' && e.type !== 'withdrawal') issues.warn(`events[${i}].troops`, `troops is for troop_presence and withdrawal events, not ${e.type} (§1)`);
    if (e.type === 'troop_presence' && !e.troops) issues.warn(`events[${i}].troops`, 'a troop_presence event states a number of troops (§3)');
  });
}

function checkItem(item: Item, issues: IssueList): void {
  const { path } = item;
  if (item.value.text !== item.value.text.trim()) issues.warn(`${path}.text`, 'starts or ends with white space');
  switch (item.kind) {
    case 'date': {
      const { value, precision } = item.value;
      if (value === null) return;
      const parsed = parseCalendarValue(value);
      if (!parsed) issues.error(`${path}.value`, `"${value}" is not a real calendar date`);
      else if (precision && precisionOf(parsed) !== precision) issues.error(`${path}.precision`, `"${precision}" does not fit the value "${value}" (${precisionOf(parsed)} precision)`);
      return;
    }
    case 'quantity':
      if (!Number.isInteger(item.value.value)) issues.error(`${path}.value`, `${item.value.value} is not a whole number of people, attacks or projectiles`);
      return;
    case 'place':
      if (item.value.country !== null && !COUNTRY_CODES.has(item.value.country)) issues.error(`${path}.country`, `"${item.value.country}" is not an ISO 3166-1 alpha-2 code`);
      return;
    case 'attackType':
      if (item.value.value === 'unknown') issues.error(`${path}.value`, '`unknown` is for events only, not a mention (§2)');
      return;
    case 'actor':
      return;
  }
}
