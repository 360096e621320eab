import type { ParseFailure } from '../core/types';
import { cached } from './compile-schedule';
import { openAt } from './engine';
import { isEpochMs } from './parse-instant';
import { prepare } from './prepare';
import type { HoursOptions, Instant, WeeklySchedule } from './types';

/**
 * Result of {@link isOpen}.
 *
 * @category Types
 * @example
 * ```ts
 * import type { OpenState } from 'duke-records-rules/hours';
 * const s: OpenState = { success: true, open: false };
 * ```
 */
export type OpenState = { readonly success: true; readonly open: boolean } | ParseFailure;

const OPEN: OpenState = /* @__PURE__ */ Object.freeze({ success: true, open: true });
const CLOSED: OpenState = /* @__PURE__ */ Object.freeze({ success: true, open: false });

/**
 * Whether a schedule is open at an instant: the instant's wall-clock time in
 * the schedule's zone lies in an interval of its weekday, and its local date
 * is not a closure. Exact across daylight-saving changes, whatever the
 * process time zone.
 *
 * Fast path: a schedule that is deeply frozen (such as the directory's, or
 * one returned by {@link parseSchedule}) is compiled once; each call is then
 * arithmetic on a cached table of the zone's UTC offsets.
 *
 * @param schedule - the weekly schedule (validated at run time)
 * @param at - a `Date`, epoch milliseconds, or an ISO date-time with an offset
 * @param options - `locale` of issue messages
 * @returns `{ success: true, open }`, or the issues (`['schedule', …]`,
 *   `['at']` with code `invalid_instant`); never throws
 *
 * @category Functions
 * @example
 * ```ts
 * import { isOpen } from 'duke-records-rules/hours';
 * const hours = {
 *   timeZone: 'America/New_York',
 *   weekly: { monday: [{ start: '08:00', end: '16:30' }] },
 * };
 * isOpen(hours, '2026-11-02T08:00:00-05:00'); // { success: true, open: true }
 * isOpen(hours, '2026-11-02T16:30:00-05:00'); // { success: true, open: false }
 * isOpen(hours, '2026-11-02T08:00:00').success; // false: no offset
 * ```
 */
export function isOpen(schedule: WeeklySchedule, at: Instant, options?: HoursOptions): OpenState {
  // Fast path: a compiled schedule, epoch milliseconds in range, no options. Kept small so engines
  // inline it, and the milliseconds never pass through a `number | null` (which would box them).
  const c = options === undefined ? cached(schedule) : undefined;
  return c !== undefined && typeof at === 'number' && isEpochMs(at) ? state(openAt(c, at)) : checked(schedule, at, options);
}

/** The result for `open`: one of two frozen objects. */
const state = (open: boolean): OpenState => (open ? OPEN : CLOSED);

/** The slow path (a `Date`, a string, options, a schedule not compiled yet): parse everything, gather every issue. */
function checked(schedule: unknown, at: unknown, options: unknown): OpenState {
  const p = prepare(schedule, [['at', at]], options);
  return p.success ? state(openAt(p.c, p.ms[0] as number)) : p;
}
