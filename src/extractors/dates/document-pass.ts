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
    let best = candidates[0]!;
    for (const c of candidates) if (Math.abs(c.at - item.found.start) < Math.abs(best.at - item.found.start)) best = c;
    item.resolution = { value: best.value, precision: 'day', approx: false };
  }
}
