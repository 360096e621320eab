import type { AsOf, CalendarDate } from './types';

/** An ISO date-time that carries its own offset (`Z` or `±hh:mm`). */
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The zone Duke publishes its rules in; an instant is read as a date there. */
export const RULES_TIME_ZONE = 'America/New_York';

/**
 * Days from 1970-01-01 to the given proleptic Gregorian date (negative
 * before). Pure arithmetic: no `Date`, no host zone.
 *
 * @internal
 * @example
 * ```ts
 * daysFromCivil(1970, 1, 2); // 1
 * ```
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The calendar date of a day count from 1970-01-01 (inverse of
 * {@link daysFromCivil}).
 *
 * @internal
 * @example
 * ```ts
 * civilFromDays(1); // '1970-01-02'
 * ```
 */
export function civilFromDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CalendarDate;
}

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD` (years 0001
 * to 9999; February 29 only in leap years).
 *
 * @internal
 * @example
 * ```ts
 * isCalendarDate('2024-02-29'); // true
 * isCalendarDate('2025-02-29'); // false
 * ```
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  // Read digit by digit (no regular expression, no substrings): this runs on
  // every date of every input.
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/** The number written by the ASCII digits `text[from..to)`, or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Day count of a calendar date (see {@link daysFromCivil}).
 *
 * @internal
 * @example
 * ```ts
 * toDayNumber('1970-01-11'); // 10
 * ```
 */
export function toDayNumber(date: CalendarDate): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * Adds whole calendar days to a date.
 *
 * @internal
 * @example
 * ```ts
 * addDays('2026-01-31', 30); // '2026-03-02'
 * ```
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return civilFromDays(toDayNumber(date) + days);
}

/**
 * Adds whole calendar months; the day is clamped to the last day of the
 * target month (2025-01-31 + 1 month = 2025-02-28).
 *
 * @internal
 * @example
 * ```ts
 * addMonths('2025-10-18', 12); // '2026-10-18'
 * ```
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const lastDay = daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return civilFromDays(daysFromCivil(year, month, day));
}

/**
 * Whole years from `birth` to `on` (a person born on February 29 turns a
 * year older on March 1 in common years).
 *
 * @internal
 * @example
 * ```ts
 * ageOn('2008-11-26', '2026-11-25'); // 17
 * ```
 */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

let formatter: Intl.DateTimeFormat | undefined;

/**
 * The calendar date in America/New_York at an instant given in epoch
 * milliseconds. Reads `Intl` with an explicit zone, so the host's zone never
 * matters.
 *
 * @internal
 * @example
 * ```ts
 * dateInRulesZone(Date.UTC(2025, 9, 18, 3, 59)); // '2025-10-17' (23:59 EDT)
 * ```
 */
export function dateInRulesZone(epochMs: number): CalendarDate {
  formatter ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: RULES_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  // en-CA writes dates as YYYY-MM-DD; the accepted range (1900–2200) keeps the year at four digits.
  return formatter.format(epochMs) as CalendarDate;
}

/** Instants the library accepts: 1900-01-01 to 2200-01-01 UTC. */
const MIN_MS = -2_208_988_800_000; // Date.UTC(1900, 0, 1)
const MAX_MS = 7_258_118_400_000; // Date.UTC(2200, 0, 1)

/**
 * Reads an {@link AsOf} value as a calendar date: a `YYYY-MM-DD` string is
 * taken as it is; a `Date`, epoch milliseconds or an ISO date-time with an
 * offset is read in America/New_York. Returns `null` for anything else
 * (invalid dates, `NaN`, date-times without an offset, instants outside
 * 1900–2200).
 *
 * @internal
 * @example
 * ```ts
 * resolveAsOf('2025-10-18T03:30:00Z'); // '2025-10-17'
 * resolveAsOf('2025-10-18'); // '2025-10-18'
 * resolveAsOf('yesterday'); // null
 * ```
 */
export function resolveAsOf(value: unknown): CalendarDate | null {
  let ms: number;
  if (typeof value === 'string') {
    if (isCalendarDate(value)) return value;
    if (value.length > 40 || !INSTANT_RE.test(value)) return null;
    if (!isCalendarDate(value.slice(0, 10))) return null;
    ms = Date.parse(value);
  } else if (typeof value === 'number') {
    ms = value;
  } else {
    // A proxy can throw from `instanceof` (its getPrototypeOf trap) or from getTime.
    try {
      if (!(value instanceof Date)) return null;
      ms = value.getTime();
    } catch {
      return null;
    }
  }
  if (!Number.isFinite(ms) || ms < MIN_MS || ms > MAX_MS) return null;
  return dateInRulesZone(ms);
}
