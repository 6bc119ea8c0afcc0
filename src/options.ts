/**
 * Options of `analyze()` and `extractEvents()`, validated once at the door.
 */
import { parseCalendarValue, type CalendarDate } from './calendar/calendar.js';
import { InvalidReferenceDateError } from './errors.js';
import { DEFAULT_MAX_LENGTH } from './text/input.js';

export interface AnalyzeOptions {
  /**
   * The publication date that relative expressions (`samedi`, `hier`) resolve
   * against: `"YYYY"`, `"YYYY-MM"`, `"YYYY-MM-DD"` or a `Date` (its UTC day).
   * When absent, it is read from the dateline; `null` means there is none.
   */
  referenceDate?: string | Date | null;
  /** `'auto'` (default) detects the language and rejects non-French text; `'fr'` forces French. */
  language?: 'auto' | 'fr';
  /** Longest input accepted, in UTF-16 units (default 20,000,000). Longer input throws `InputTooLargeError`. */
  maxLength?: number;
  /** `'auto'` (default) converts the input from HTML when it looks like HTML; `true` always, `false` never. */
  html?: 'auto' | boolean;
  /** Report the time spent in each pipeline stage in `timings`. */
  timings?: boolean;
}

export interface ResolvedOptions {
  /** undefined: read the dateline; null: none; else the given date. */
  referenceDate: CalendarDate | null | undefined;
  language: 'auto' | 'fr';
  maxLength: number;
  html: 'auto' | boolean;
  timings: boolean;
}

export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`options must be an object such as { referenceDate: "2024-11-16" }, got ${typeof options}.`);
  }
  const o = options as AnalyzeOptions;
  const language = o.language ?? 'auto';
  if (language !== 'auto' && language !== 'fr') {
    throw new RangeError(`options.language must be 'auto' or 'fr', got ${JSON.stringify(language)}.`);
  }
  const maxLength = o.maxLength ?? DEFAULT_MAX_LENGTH;
  if (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError(`options.maxLength must be a positive integer, got ${JSON.stringify(maxLength)}.`);
  }
  const html = o.html ?? 'auto';
  if (html !== 'auto' && typeof html !== 'boolean') {
    throw new RangeError(`options.html must be 'auto', true or false, got ${JSON.stringify(html)}.`);
  }
  return { referenceDate: resolveReferenceDate(o.referenceDate), language, maxLength, html, timings: o.timings === true };
}

function resolveReferenceDate(value: unknown): CalendarDate | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new InvalidReferenceDateError(value);
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value !== 'string') throw new InvalidReferenceDateError(value);
  const parsed = parseCalendarValue(value.trim());
  if (!parsed) throw new InvalidReferenceDateError(value);
  return parsed;
}
