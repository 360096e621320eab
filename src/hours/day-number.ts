import { DAY_MS } from './limits';

/**
 * Day number (days since 1970-01-01) of a `YYYY-MM-DD` calendar date in
 * years 0100–9999; `NaN` when the text is not such a date (February 30,
 * month 13, wrong shape). `Date.UTC` arithmetic checked by a round trip:
 * no host time zone involved.
 *
 * @internal
 * @param date - the text to read
 * @returns the day number, or `NaN`
 *
 * @example
 * ```ts
 * dayNumber('1970-01-02'); // 1
 * dayNumber('2026-02-29'); // NaN
 * ```
 */
export function dayNumber(date: unknown): number {
  if (typeof date !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(date)) return NaN;
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));
  return new Date(ms).toISOString().startsWith(date) ? ms / DAY_MS : NaN;
}
