/**
 * Calendar values as the output writes them (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`)
 * and the few operations every extractor needs on them. Plain UTC arithmetic:
 * a news date has no time zone.
 */
import type { DatePrecision } from '../schema.js';

export interface CalendarDate {
  year: number;
  /** 1–12, absent at year precision. */
  month?: number;
  /** 1–31, absent at month or year precision. */
  day?: number;
}

const VALUE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when malformed or not a real day. */
export function parseCalendarValue(value: string): CalendarDate | null {
  const m = VALUE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatCalendar(d: CalendarDate): string {
  const y = String(d.year).padStart(4, '0');
  if (d.month === undefined) return y;
  const m = String(d.month).padStart(2, '0');
  if (d.day === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(d.day).padStart(2, '0')}`;
}

export function precisionOf(d: CalendarDate): DatePrecision {
  return d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year';
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Add days to a full date. */
export function addDays(d: Required<CalendarDate>, days: number): Required<CalendarDate> {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Add months to a year-month, keeping the day when there is one (clamped to the month's length). */
export function addMonths(d: CalendarDate & { month: number }, months: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (d.day === undefined) return { year, month };
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Compare at the coarser of the two precisions: -1, 0 or 1. */
export function compareCalendar(a: CalendarDate, b: CalendarDate): number {
  if (a.year !== b.year) return a.year < b.year ? -1 : 1;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day === b.day ? 0 : a.day < b.day ? -1 : 1;
}
