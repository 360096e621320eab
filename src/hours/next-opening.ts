import { nextOpenAt } from './engine';
import { nextChange, type NextChange } from './next-change';
import { prepare } from './prepare';
import type { HoursOptions, Instant, WeeklySchedule } from './types';

/**
 * The first instant at or after `at` at which the schedule is open: `at`
 * itself when open. Searches up to `HOURS_LIMITS.maxInstant` (closures are
 * skipped), so it always returns.
 *
 * @param schedule - the weekly schedule (validated at run time)
 * @param at - a `Date`, epoch milliseconds, or an ISO date-time with an offset
 * @param options - `locale` of issue messages
 * @returns `{ found: true, at }` with the instant in UTC and in local time;
 *   `{ found: false, reason }` (`no-weekly-hours` or `beyond-limit`); or the
 *   issues
 *
 * @category Functions
 * @example
 * ```ts
 * import { nextOpening } from 'duke-records-rules/hours';
 * const hours = {
 *   timeZone: 'America/New_York',
 *   weekly: { monday: [{ start: '08:00', end: '16:30' }], friday: [{ start: '08:00', end: '16:30' }] },
 * };
 * const r = nextOpening(hours, '2026-10-30T17:00:00-04:00'); // Friday after closing
 * if (r.success && r.found) r.at.local; // '2026-11-02T08:00:00' (Monday, now EST)
 * if (r.success && r.found) r.at.utc; // '2026-11-02T13:00:00.000Z'
 * ```
 */
export function nextOpening(schedule: WeeklySchedule, at: Instant, options?: HoursOptions): NextChange {
  const p = prepare(schedule, [['at', at]], options);
  return p.success ? nextChange(p.c, nextOpenAt(p.c, p.ms[0] as number)) : p;
}
