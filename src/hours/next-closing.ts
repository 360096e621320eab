import { nextCloseAt } from './engine';
import { nextChange, type NextChange } from './next-change';
import { prepare } from './prepare';
import type { HoursOptions, Instant, WeeklySchedule } from './types';

/**
 * The instant the schedule next closes: the end of the open interval that
 * holds `at`, or, when closed at `at`, the end of the next open interval.
 * Back-to-back intervals count as one (Monday 22:00–24:00 and Tuesday
 * 00:00–02:00 close at Tuesday 02:00). The result is always after `at` and
 * is itself a closed instant.
 *
 * @param schedule - the weekly schedule (validated at run time)
 * @param at - a `Date`, epoch milliseconds, or an ISO date-time with an offset
 * @param options - `locale` of issue messages
 * @returns `{ found: true, at }`; `{ found: false, reason }` (`no-weekly-hours`,
 *   or `beyond-limit` for a schedule still open at 2200-01-01 UTC); or the issues
 *
 * @category Functions
 * @example
 * ```ts
 * import { nextClosing } from 'duke-records-rules/hours';
 * const hours = { timeZone: 'America/New_York', weekly: { monday: [{ start: '08:00', end: '16:30' }] } };
 * const r = nextClosing(hours, '2026-11-02T10:00:00-05:00');
 * if (r.success && r.found) r.at.local; // '2026-11-02T16:30:00'
 * ```
 */
export function nextClosing(schedule: WeeklySchedule, at: Instant, options?: HoursOptions): NextChange {
  const p = prepare(schedule, [['at', at]], options);
  return p.success ? nextChange(p.c, nextCloseAt(p.c, p.ms[0] as number)) : p;
}
