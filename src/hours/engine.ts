import { merge, type Compiled } from './compile-schedule';
import { DAY_MS, MAX_INSTANT } from './limits';
import type { ZonedInstant } from './types';
import { forEachPeriod, offsetAt } from './zone-table';

/** Days scanned per step by the searches. */
const WINDOW_MS = 8 * DAY_MS;

/**
 * Monday = 0 … Sunday = 6 of a day number (day 0, 1970-01-01, was a
 * Thursday). Day numbers are int32 and above -700,003 (years after 0100), so
 * this is one integer remainder.
 */
const weekdayOf = (day: number): number => (day + 700_003) % 7;

/**
 * The first day of the first closure that ends on or after a local day
 * (binary search in the merged closure ranges), or `undefined` when none
 * does. The day is closed when that first day is not after it.
 *
 * @internal
 * @param c - the compiled schedule
 * @param day - a day number (days since 1970-01-01)
 * @returns a day number, or `undefined`
 * @example
 * ```ts
 * nextClosure(compiled, 20_790); // 20_790 when 2026-12-03 is a closure
 * ```
 */
export function nextClosure(c: Compiled, day: number): number | undefined {
  const closed = c.closed;
  let lo = 0;
  // An upper bound of the number of ranges: an index past the end reads `undefined`, which is never below `day`.
  let hi = closed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((closed[2 * mid + 1] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return closed[2 * lo];
}

/**
 * Whether a local day (day number) is closed.
 *
 * @internal
 * @param c - the compiled schedule
 * @param day - a day number (days since 1970-01-01)
 * @returns whether that local day is closed
 * @example
 * ```ts
 * isClosedDay(compiled, 20_790); // true when 2026-12-03 is a closure
 * ```
 */
export const isClosedDay = (c: Compiled, day: number): boolean => (nextClosure(c, day) as number) <= day; // `undefined <= day` is false

/**
 * Whether the schedule is open at an instant: the offset from the cached
 * table, then weekday and time-of-day arithmetic.
 *
 * @internal
 * @param c - the compiled schedule
 * @param ms - epoch milliseconds, in range
 * @returns whether the schedule is open then
 * @example
 * ```ts
 * openAt(duke, Date.UTC(2026, 10, 2, 13)); // true (Monday 08:00 EST)
 * ```
 */
export function openAt(c: Compiled, ms: number): boolean {
  const local = ms + offsetAt(c.table, ms);
  const day = Math.floor(local / DAY_MS) | 0; // int32 arithmetic from here
  if (isClosedDay(c, day)) return false;
  const ranges = c.week[weekdayOf(day)] as readonly number[];
  const time = local - day * DAY_MS;
  for (let i = 0; i < ranges.length; i += 2) {
    if (time < (ranges[i] as number)) return false;
    if (time < (ranges[i + 1] as number)) return true;
  }
  return false;
}

/**
 * The open intervals inside `[from, to)`, sorted, merged and clipped to the
 * range, as `[start, end, …]` epoch milliseconds. Each local day's intervals
 * are mapped to UTC stretch by stretch of constant offset, so a wall time
 * skipped by a DST gap maps to nothing and a repeated one maps twice.
 *
 * @internal
 * @param c - the compiled schedule
 * @param from - start of the range (included), epoch milliseconds
 * @param to - end of the range (excluded), epoch milliseconds
 * @returns the intervals, flat
 * @example
 * ```ts
 * intervalsIn(duke, Date.UTC(2026, 10, 2), Date.UTC(2026, 10, 3));
 * // [1793624400000, 1793655000000] (08:00–16:30 EST)
 * ```
 */
export function intervalsIn(c: Compiled, from: number, to: number): number[] {
  const pieces: [number, number][] = [];
  const last = Math.floor(to / DAY_MS) + 1;
  for (let day = Math.floor(from / DAY_MS) - 2; day <= last; day++) {
    const ranges = c.week[weekdayOf(day)] as readonly number[];
    if (ranges.length === 0 || isClosedDay(c, day)) continue;
    const base = day * DAY_MS;
    // A local day's instants lie within one day of its UTC span (offsets are under 24 h).
    forEachPeriod(c.table, Math.max(from, base - DAY_MS), Math.min(to, base + 2 * DAY_MS), (p0, p1, offset) => {
      for (let i = 0; i < ranges.length; i += 2) {
        const start = Math.max(p0, base + (ranges[i] as number) - offset);
        const end = Math.min(p1, base + (ranges[i + 1] as number) - offset);
        if (start < end) pieces.push([start, end]);
      }
    });
  }
  return merge(pieces, 0);
}

/**
 * The first open instant at or after `t` (`t` itself when open), or `null`
 * when none comes before `HOURS_LIMITS.maxInstant`.
 *
 * @internal
 * @param c - the compiled schedule
 * @param t - epoch milliseconds, in range
 * @returns epoch milliseconds, or `null`
 * @example
 * ```ts
 * nextOpenAt(duke, Date.UTC(2026, 9, 31, 12)); // Date.UTC(2026, 10, 2, 13)
 * ```
 */
export function nextOpenAt(c: Compiled, t: number): number | null {
  if (!c.hasHours) return null;
  for (let from = t; from <= MAX_INSTANT; from += WINDOW_MS) {
    const found = intervalsIn(c, from, from + WINDOW_MS)[0];
    if (found !== undefined) return found <= MAX_INSTANT ? found : null;
  }
  return null;
}

/**
 * The end of the open interval that holds `t`, or of the next one when `t`
 * is closed; `null` when there is none, or it ends after
 * `HOURS_LIMITS.maxInstant`.
 *
 * @internal
 * @param c - the compiled schedule
 * @param t - epoch milliseconds, in range
 * @returns epoch milliseconds, or `null`
 * @example
 * ```ts
 * nextCloseAt(duke, Date.UTC(2026, 10, 2, 15)); // Date.UTC(2026, 10, 2, 21, 30)
 * ```
 */
export function nextCloseAt(c: Compiled, t: number): number | null {
  let cur = nextOpenAt(c, t);
  while (cur !== null && cur <= MAX_INSTANT) {
    if (c.allDay) {
      // Open around the clock: nothing closes before the next closure.
      const closure = nextClosure(c, Math.floor((cur + offsetAt(c.table, cur)) / DAY_MS));
      // No closure, or one that starts after the limit: open to the end.
      if (closure === undefined || (closure - 2) * DAY_MS > MAX_INSTANT) return null;
      cur = Math.max(cur, (closure - 2) * DAY_MS);
    }
    // Closed at `cur` (an interval ended there), or open until the end of the interval found.
    const found = intervalsIn(c, cur, cur + WINDOW_MS);
    if (found[0] !== cur) return cur;
    cur = found[1] as number;
  }
  return null;
}

/** `toISOString` of epoch milliseconds. */
const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * An instant with its wall-clock time and offset in the schedule's zone.
 *
 * @internal
 * @param c - the compiled schedule
 * @param ms - epoch milliseconds
 * @returns the instant in UTC and in local time
 * @example
 * ```ts
 * zoned(duke, Date.UTC(2026, 10, 2, 13)).local; // '2026-11-02T08:00:00'
 * ```
 */
export function zoned(c: Compiled, ms: number): ZonedInstant {
  const offset = offsetAt(c.table, ms);
  const abs = Math.abs(offset);
  // toISOString of shifted instants: pure arithmetic, no host zone involved.
  return {
    utc: iso(ms),
    epochMs: ms,
    local: iso(ms + offset).slice(0, ms % 1000 ? 23 : 19),
    offset: (offset < 0 ? '-' : '+') + iso(abs).slice(11, abs % 60_000 ? 19 : 16),
    timeZone: c.timeZone,
  };
}
