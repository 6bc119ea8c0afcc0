/**
 * A bare weekday takes the full date the same article states for that
 * weekday (`jeudi` → the `jeudi 29 juillet` given elsewhere) when the
 * reference date has no day to count back from. The nearest statement wins.
 */
import type { CalendarDate } from '../../calendar/calendar.js';
import type { FoundDate } from './find.js';
import type { Resolution } from './resolve.js';

export interface Resolved {
  found: FoundDate;
  resolution: Resolution;
}

/**
 * The statement nearest to `at`, the earlier one on a tie. Statements are in
 * text order: a binary search, so that a long text with many weekdays stays linear.
 */
function nearest<T extends { at: number }>(list: readonly T[], at: number): T {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? list[lo - 1]! : null;
  const after = lo < list.length ? list[lo]! : null;
  if (!after) return before!;
  if (!before) return after;
  return Math.abs(after.at - at) < Math.abs(before.at - at) ? after : before;
}

export function applyStatedWeekdays(items: Resolved[], ref: CalendarDate | null): void {
  if (ref?.day !== undefined) return;
  const stated = new Map<number, { at: number; value: CalendarDate }[]>();
  for (const { found, resolution } of items) {
    const e = found.expr;
    const v = resolution.value;
    if (e.kind !== 'calendar' || e.weekday === undefined || v?.day === undefined) continue;
    const list = stated.get(e.weekday) ?? [];
    list.push({ at: found.start, value: v });
    stated.set(e.weekday, list);
  }
  if (stated.size === 0) return;
  for (const item of items) {
    const e = item.found.expr;
    if (e.kind !== 'weekday') continue;
    const candidates = stated.get(e.weekday);
    if (!candidates) continue;
    const best = nearest(candidates, item.found.start);
    item.resolution = { value: best.value, precision: 'day', approx: false };
  }
}
