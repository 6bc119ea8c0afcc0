/**
 * The second phase: an expression resolved against the reference date.
 * Relative expressions without a reference date keep `value: null`;
 * the precision is then the expression's own.
 */
import { addDays, addMonths, daysInMonth, weekday, type CalendarDate } from '../../calendar/calendar.js';
import { granularityOf, type DateExpr, type Granularity } from './expr.js';
import type { Tense } from './tense.js';
import { chooseYear, yearMatchingWeekday } from './year-choice.js';

export interface Resolution {
  value: CalendarDate | null;
  /** Set when value is null: the expression's own granularity. */
  precision: Granularity;
  approx: boolean;
}

export function resolveExpr(e: DateExpr, ref: CalendarDate | null, tense: Tense): Resolution {
  const value = valueOf(e, ref, tense);
  const approx = e.kind === 'shift' ? e.approx === true || weeksAreApprox(e, ref) : e.kind === 'weekday' && e.approx === true;
  return { value, precision: granularityOf(e), approx };
}

function valueOf(e: DateExpr, ref: CalendarDate | null, tense: Tense): CalendarDate | null {
  switch (e.kind) {
    case 'calendar':
      return calendarValue(e, ref, tense);
    case 'weekday':
      return ref ? weekdayValue(e, ref, tense) : null;
    case 'shift':
      return ref ? shiftValue(e, ref) : null;
    case 'season':
      if (e.year !== undefined) return { year: e.year };
      return ref ? { year: chooseYear(e.month, undefined, ref, tense) } : null;
  }
}

function calendarValue(e: Extract<DateExpr, { kind: 'calendar' }>, ref: CalendarDate | null, tense: Tense): CalendarDate | null {
  if (e.year !== undefined) return strip({ year: e.year, month: e.month, day: e.day });
  if (e.month === undefined || !ref) return null;
  let year = chooseYear(e.month, e.day, ref, tense);
  if (e.day !== undefined && e.weekday !== undefined && ref.month !== undefined) year = yearMatchingWeekday(year, e.month, e.day, e.weekday);
  if (e.day !== undefined && e.day > daysInMonth(year, e.month)) return null;
  return strip({ year, month: e.month, day: e.day });
}

/** A bare weekday: the latest such day on or before the reference day, or the next one in a future clause. */
function weekdayValue(e: Extract<DateExpr, { kind: 'weekday' }>, ref: CalendarDate, tense: Tense): CalendarDate {
  if (ref.month === undefined) return { year: ref.year };
  if (ref.day === undefined) return { year: ref.year, month: ref.month };
  const day = { year: ref.year, month: ref.month, day: ref.day };
  const today = weekday(day.year, day.month, day.day);
  const back = (today - e.weekday + 7) % 7;
  const ahead = (e.weekday - today + 7) % 7;
  if (e.direction === 'past') return addDays(day, -(back || 7));
  if (e.direction === 'future') return addDays(day, ahead || 7);
  if (tense === 'future') return addDays(day, ahead || (e.demonstrative ? 0 : 7));
  return addDays(day, -back);
}

function shiftValue(e: Extract<DateExpr, { kind: 'shift' }>, ref: CalendarDate): CalendarDate {
  if (e.unit === 'year') return { year: ref.year + e.amount };
  if (ref.month === undefined) return { year: ref.year };
  const month = { year: ref.year, month: ref.month };
  switch (e.unit) {
    case 'month':
      return addMonths(month, e.amount);
    case 'week': {
      const d = addDays({ ...month, day: ref.day ?? 15 }, 7 * e.amount);
      return { year: d.year, month: d.month };
    }
    case 'day': {
      if (ref.day !== undefined) return addDays({ ...month, day: ref.day }, e.amount);
      const d = addDays({ ...month, day: 15 }, e.amount);
      return { year: d.year, month: d.month };
    }
  }
}

/** A week is no calendar unit of the output: with a day reference, `la semaine passée` is its month, approximately. */
function weeksAreApprox(e: Extract<DateExpr, { kind: 'shift' }>, ref: CalendarDate | null): boolean {
  return e.unit === 'week' && ref?.day !== undefined;
}

function strip(d: { year: number; month?: number | undefined; day?: number | undefined }): CalendarDate {
  if (d.month === undefined) return { year: d.year };
  if (d.day === undefined) return { year: d.year, month: d.month };
  return { year: d.year, month: d.month, day: d.day };
}
