/**
 * A day of the week, as schedules name it.
 *
 * @example
 * ```ts
 * import type { Weekday } from 'duke-records-rules/hours';
 * const d: Weekday = 'monday';
 * ```
 */
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/**
 * An open interval inside one local day, `HH:mm` to `HH:mm` (24-hour clock,
 * end after start; `24:00` ends at midnight).
 *
 * @example
 * ```ts
 * import type { TimeRange } from 'duke-records-rules/hours';
 * const r: TimeRange = { start: '08:00', end: '16:30' };
 * ```
 */
export interface TimeRange {
  readonly start: string;
  readonly end: string;
}

/**
 * A day or a run of days (inclusive) on which the schedule is closed,
 * supplied by the integrator (the source publishes no holidays).
 *
 * @example
 * ```ts
 * import type { Closure } from 'duke-records-rules/hours';
 * const c: Closure = { date: '2026-12-25' };
 * const d: Closure = { from: '2026-12-24', to: '2026-12-26' };
 * ```
 */
export type Closure = { readonly date: string } | { readonly from: string; readonly to: string };

/**
 * Opening hours: an IANA time zone, open intervals per weekday, and optional
 * closures.
 *
 * @example
 * ```ts
 * import type { WeeklySchedule } from 'duke-records-rules/hours';
 * const s: WeeklySchedule = {
 *   timeZone: 'America/New_York',
 *   weekly: { monday: [{ start: '08:00', end: '16:30' }] },
 * };
 * ```
 */
export interface WeeklySchedule {
  readonly timeZone: string;
  readonly weekly: Readonly<Partial<Record<Weekday, readonly TimeRange[]>>>;
  readonly closures?: readonly Closure[];
}
