import type { Locale } from '../core/locale';
/**
 * A day of the week, as schedules name it.
 *
 * @category Types
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
 * @category Types
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
 * @category Types
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
 * An instant is open when its wall-clock time in `timeZone` falls inside one
 * of the intervals of its local weekday and its local date is not closed.
 * So across a daylight-saving change: wall times skipped by a spring-forward
 * gap are never open, and wall times repeated by a fall-back overlap are open
 * both times they occur. Intervals of a day may overlap (their union is
 * open). Closure dates are local dates in `timeZone`, closed all day.
 *
 * @category Types
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

/**
 * An instant as the hours functions accept it: a `Date`, epoch milliseconds
 * (an integer), or an ISO 8601 date-time that carries its offset (`Z` or
 * `±hh:mm`), between 1900-01-01 and 2200-01-01 UTC. A date-time without an
 * offset is refused: it names no instant.
 *
 * @category Types
 * @example
 * ```ts
 * import type { Instant } from 'duke-records-rules/hours';
 * const a: Instant = '2026-11-02T08:00:00-05:00';
 * const b: Instant = Date.UTC(2026, 10, 2, 13);
 * const c: Instant = new Date('2026-11-02T13:00:00Z');
 * ```
 */
export type Instant = Date | number | string;

/**
 * An instant returned by the hours functions: in UTC, as epoch
 * milliseconds, and as the wall-clock time in the schedule's zone, so the
 * two are never confused.
 *
 * @category Types
 * @example
 * ```ts
 * import { getDestination } from 'duke-records-rules';
 * import { nextOpening } from 'duke-records-rules/hours';
 * const hours = getDestination('duke-document-management');
 * if (hours.success && hours.destination?.hours) {
 *   const r = nextOpening(hours.destination.hours, '2026-10-31T12:00:00Z');
 *   if (r.success && r.found) r.at;
 *   // { utc: '2026-11-02T13:00:00.000Z', epochMs: 1793624400000,
 *   //   local: '2026-11-02T08:00:00', offset: '-05:00', timeZone: 'America/New_York' }
 * }
 * ```
 */
export interface ZonedInstant {
  /** The instant in UTC, ISO 8601 with `Z` (`toISOString()` form). */
  readonly utc: string;
  /** The instant in epoch milliseconds. */
  readonly epochMs: number;
  /**
   * The wall-clock date and time in the schedule's zone, `YYYY-MM-DDTHH:mm:ss`
   * (with `.sss` when the milliseconds are not zero), without an offset.
   */
  readonly local: string;
  /** The zone's offset from UTC at that instant, `±hh:mm` (`±hh:mm:ss` for historical offsets with seconds). */
  readonly offset: string;
  /** The schedule's IANA time zone, as given. */
  readonly timeZone: string;
}

/**
 * One open interval: open from `start` (included) to `end` (excluded).
 *
 * @category Types
 * @example
 * ```ts
 * import type { OpenInterval } from 'duke-records-rules/hours';
 * declare const i: OpenInterval;
 * i.start.local; // '2026-11-02T08:00:00'
 * i.end.local; // '2026-11-02T16:30:00'
 * ```
 */
export interface OpenInterval {
  readonly start: ZonedInstant;
  readonly end: ZonedInstant;
}

/**
 * Options of the hours functions: the language of issue messages.
 *
 * @category Types
 * @example
 * ```ts
 * import type { HoursOptions } from 'duke-records-rules/hours';
 * import { es } from 'duke-records-rules/locales/es';
 * const o: HoursOptions = { locale: es };
 * ```
 */
export interface HoursOptions {
  /** Language of issue messages, as a locale value; English when omitted. */
  readonly locale?: Locale;
}

/**
 * Why `nextOpening` or `nextClosing` found no instant:
 * - `no-weekly-hours`: the schedule has no open interval on any weekday;
 * - `beyond-limit`: none before `HOURS_LIMITS.maxInstant` (2200-01-01 UTC),
 *   for example closures cover every remaining open day, or a schedule open
 *   around the clock never closes.
 *
 * @category Types
 * @example
 * ```ts
 * import type { NeverReason } from 'duke-records-rules/hours';
 * const r: NeverReason = 'no-weekly-hours';
 * ```
 */
export type NeverReason = 'no-weekly-hours' | 'beyond-limit';
