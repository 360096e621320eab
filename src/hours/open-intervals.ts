import { inputIssue } from '../core/parse-input';
import type { ParseFailure } from '../core/types';
import { intervalsIn, zoned } from './engine';
import { DAY_MS, HOURS_LIMITS } from './limits';
import { prepare } from './prepare';
import type { HoursOptions, Instant, OpenInterval, WeeklySchedule } from './types';

/**
 * Result of {@link openIntervals}.
 *
 * @category Types
 * @example
 * ```ts
 * import type { OpenIntervals } from 'duke-records-rules/hours';
 * const none: OpenIntervals = { success: true, intervals: [] };
 * ```
 */
export type OpenIntervals = { readonly success: true; readonly intervals: readonly OpenInterval[] } | ParseFailure;

/**
 * The open intervals between `from` (included) and `to` (excluded): sorted,
 * disjoint (touching intervals are merged), clipped to the range. The range
 * may span at most `HOURS_LIMITS.maxRangeDays` (366) days.
 *
 * @param schedule - the weekly schedule (validated at run time)
 * @param from - start of the range (a `Date`, epoch milliseconds or an ISO date-time with an offset)
 * @param to - end of the range, not before `from`
 * @param options - `locale` of issue messages
 * @returns the intervals, or the issues (`['to']` with `date_order` when
 *   `to` is before `from`, `too_big` when the range is too long)
 *
 * @category Functions
 * @example
 * ```ts
 * import { openIntervals } from 'duke-records-rules/hours';
 * const hours = { timeZone: 'America/New_York', weekly: { sunday: [{ start: '01:00', end: '02:00' }] } };
 * // 2026-11-01: 01:00–02:00 happens twice (EDT, then EST), so it is open two hours.
 * const r = openIntervals(hours, '2026-11-01T00:00:00-04:00', '2026-11-02T00:00:00-05:00');
 * if (r.success) r.intervals.map((i) => [i.start.utc, i.end.utc]);
 * // [['2026-11-01T05:00:00.000Z', '2026-11-01T07:00:00.000Z']]
 * ```
 */
export function openIntervals(schedule: WeeklySchedule, from: Instant, to: Instant, options?: HoursOptions): OpenIntervals {
  const p = prepare(
    schedule,
    [
      ['from', from],
      ['to', to],
    ],
    options,
  );
  if (!p.success) return p;
  const [start, end] = p.ms as [number, number];
  if (end < start) return { success: false, issues: [inputIssue(['to'], 'date_order', p.locale)] };
  if (end - start > HOURS_LIMITS.maxRangeDays * DAY_MS) return { success: false, issues: [inputIssue(['to'], 'too_big', p.locale)] };
  const flat = intervalsIn(p.c, start, end);
  const intervals: OpenInterval[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    intervals.push({ start: zoned(p.c, flat[i] as number), end: zoned(p.c, flat[i + 1] as number) });
  }
  return { success: true, intervals };
}
