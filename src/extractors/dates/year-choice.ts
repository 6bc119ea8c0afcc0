/**
 * Which year a month or day written without one falls in, as a reader of
 * the article takes it: in a past clause the latest on or before the
 * publication date (`en décembre` in May → last December), in a future
 * clause the first on or after it; without a tense, the latest on or before
 * it unless the date lies just ahead.
 */
import { compareCalendar, weekday, type CalendarDate } from '../../calendar/calendar.js';
import type { Tense } from './tense.js';

/** How far ahead of the reference date an untensed date may lie and still be read as ahead. */
const NEAR_FUTURE_DAYS = 62;

export function chooseYear(month: number, day: number | undefined, ref: CalendarDate, tense: Tense): number {
  if (ref.month === undefined) return ref.year;
  const at = (year: number): CalendarDate => (day === undefined ? { year, month } : { year, month, day });
  if (tense === 'past') return compareCalendar(at(ref.year), ref) <= 0 ? ref.year : ref.year - 1;
  if (tense === 'future') return compareCalendar(at(ref.year), ref) >= 0 ? ref.year : ref.year + 1;
  // No tense: news reports the past, except a date just ahead (`le sommet du 5 décembre`, written in late November).
  const refDay = dayNumber(ref.year, ref.month, ref.day ?? 15);
  for (const year of [ref.year, ref.year + 1]) {
    const ahead = dayNumber(year, month, day ?? 15) - refDay;
    if (ahead > 0 && ahead <= NEAR_FUTURE_DAYS) return year;
  }
  return compareCalendar(at(ref.year), ref) <= 0 ? ref.year : ref.year - 1;
}

/** The year nearest to `year` in which `day month` falls on `wd`, or `year` itself when none is near. */
export function yearMatchingWeekday(year: number, month: number, day: number, wd: number): number {
  for (const y of [year, year - 1, year + 1]) if (weekday(y, month, day) === wd) return y;
  return year;
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}
