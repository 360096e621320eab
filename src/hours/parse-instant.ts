import { dayNumber } from './day-number';
import { DAY_MS, MAX_INSTANT, MIN_INSTANT } from './limits';

/** ISO 8601 date-time with an offset, every time field in range (the date is checked by {@link dayNumber}). */
const ISO = /^(\d{4}-\d\d-\d\d)T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,9}))?)?(?:Z|([+-])([01]\d|2[0-3]):([0-5]\d))$/;

/**
 * Epoch milliseconds of an ISO 8601 date-time with an offset, read field by
 * field (no `Date.parse`, whose leniency differs between engines); `NaN`
 * for anything else. Digits after the milliseconds are dropped.
 */
function parseIso(text: string): number {
  // Anchored and without nested repetition: it gives up within the first 36 characters of any text.
  const m = ISO.exec(text);
  if (m === null) return NaN;
  // Absent fields read as 0; the fraction as milliseconds (its first three digits).
  const n = m.map((field, i) => Number(i === 5 ? `${field ?? ''}00`.slice(0, 3) : (field ?? 0)));
  const [, , h, min, s, millis, , offsetH, offsetMin] = n as [number, number, number, number, number, number, number, number, number];
  const offset = (m[6] === '-' ? -1 : 1) * (offsetH * 60 + offsetMin); // minutes
  // dayNumber is NaN for an impossible date (2026-02-30), and NaN spreads.
  return dayNumber(m[1]) * DAY_MS + ((h * 60 + min - offset) * 60 + s) * 1000 + millis;
}

/**
 * Reads an {@link Instant} given by an untyped caller: a `Date`, integer
 * epoch milliseconds, or an ISO 8601 date-time with an offset, from
 * `HOURS_LIMITS.minInstant` to `HOURS_LIMITS.maxInstant` (both included).
 * Never throws: a revoked proxy or a fake `Date` gives `null`.
 *
 * @internal
 * @param value - anything
 * @returns epoch milliseconds, or `null` when `value` is not such an instant
 *
 * @example
 * ```ts
 * toEpochMs('2026-11-02T08:00:00-05:00'); // 1793624400000
 * toEpochMs('2026-11-02T08:00:00'); // null (no offset)
 * ```
 */
export function toEpochMs(value: unknown): number | null {
  // Numbers first, and the try/catch of dates kept in a function of its own.
  return typeof value === 'number' ? inRange(value) : inRange(typeof value === 'string' ? parseIso(value) : dateValue(value));
}

/**
 * Whether `ms` is an integer in the accepted range. A boolean, so the hot
 * path keeps the number unboxed (a `number | null` result would box it).
 *
 * @internal
 * @param ms - epoch milliseconds
 * @returns whether the hours functions accept it
 *
 * @example
 * ```ts
 * isEpochMs(0); // true
 * isEpochMs(1.5); // false
 * ```
 */
export const isEpochMs = (ms: number): boolean => ms >= MIN_INSTANT && ms <= MAX_INSTANT && Number.isInteger(ms);

/** `ms` when {@link isEpochMs} (`-0` read as `0`), else `null`. */
const inRange = (ms: number): number | null => (isEpochMs(ms) ? ms + 0 : null);

/** The time value of a `Date` (of any realm); `NaN` for anything else, even a revoked proxy. */
function dateValue(value: unknown): number {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    // Not a `Date`.
  }
  return NaN;
}
