import { deepFreeze } from '../core/deep-freeze';
import { parseInput } from '../core/parse-input';
import { parseHoursOptions } from './parse-hours-options';
import type { ParseFailure } from '../core/types';
import { compile, remember } from './compile-schedule';
import { weeklyScheduleSchema } from './schedule-schema';
import type { HoursOptions, WeeklySchedule } from './types';

/**
 * Result of {@link parseSchedule}.
 *
 * @category Types
 * @example
 * ```ts
 * import type { ScheduleParse } from 'duke-records-rules/hours';
 * declare const r: ScheduleParse;
 * if (r.success) r.schedule.timeZone;
 * ```
 */
export type ScheduleParse = { readonly success: true; readonly schedule: WeeklySchedule } | ParseFailure;

/**
 * Parses a schedule from untrusted data (a config file, a request) with
 * {@link weeklyScheduleSchema}. The schedule returned is normalized, deeply
 * frozen and compiled once, so every later call with it takes the fast path.
 *
 * @param input - anything
 * @param options - `locale` of issue messages
 * @returns the schedule, or the issues (never throws)
 *
 * @category Functions
 * @example
 * ```ts
 * import { isOpen, parseSchedule } from 'duke-records-rules/hours';
 * const r = parseSchedule({ timeZone: 'Asia/Kolkata', weekly: { monday: [{ start: '09:30', end: '18:00' }] } });
 * if (r.success) isOpen(r.schedule, '2026-11-02T04:00:00Z'); // { success: true, open: true } (09:30 IST)
 * parseSchedule({ timeZone: 'Asia/Kolkata', weekly: { monday: [{ start: '18:00', end: '09:30' }] } });
 * // { success: false, issues: [{ path: ['weekly', 'monday', 0, 'end'], code: 'time_order', ... }] }
 * ```
 */
export function parseSchedule(input: unknown, options?: HoursOptions): ScheduleParse {
  const opts = parseHoursOptions(options);
  if (!opts.success) return opts;
  const parsed = parseInput(weeklyScheduleSchema, input, opts.locale);
  if (!parsed.success) return parsed;
  const schedule = deepFreeze(parsed.data);
  remember(schedule, compile(schedule));
  return { success: true, schedule };
}
