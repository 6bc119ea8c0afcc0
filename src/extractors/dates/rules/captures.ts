/**
 * Reading a rule's named captures, and the checks every calendar rule shares.
 */
import type { Captures } from '../elements.js';
import type { DateExpr, Direction } from '../expr.js';

export function num(g: Captures, name: string): number | undefined {
  const v = g[name]?.value;
  return typeof v === 'number' ? v : undefined;
}

export function direction(g: Captures, name = 'direction'): Direction | undefined {
  const v = g[name]?.value;
  return v === 'past' || v === 'future' ? v : undefined;
}

export function has(g: Captures, name: string): boolean {
  return g[name] !== undefined;
}

/** A calendar expression, or null when the day does not exist (`31 avril`, `30 février`). */
const MONTH_LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month, by table (this runs for every candidate date); February of an unknown year may have 29. */
function monthLength(year: number | undefined, month: number): number {
  if (month < 1 || month > 12) return 0;
  if (month !== 2 || year === undefined) return MONTH_LENGTHS[month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

export function calendar(parts: { year?: number | undefined; month?: number | undefined; day?: number | undefined; weekday?: number | undefined; direction?: Direction | undefined }): DateExpr | null {
  const { year, month, day } = parts;
  if (day !== undefined) {
    if (month === undefined) return null;
    // Without a year, 29 February may still be right.
    const max = monthLength(year, month);
    if (day < 1 || day > max) return null;
  }
  const out: DateExpr = { kind: 'calendar' };
  if (year !== undefined) out.year = year;
  if (month !== undefined) out.month = month;
  if (day !== undefined) out.day = day;
  if (parts.weekday !== undefined) out.weekday = parts.weekday;
  if (parts.direction !== undefined) out.direction = parts.direction;
  return out;
}
