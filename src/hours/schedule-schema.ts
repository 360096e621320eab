import * as z from 'zod';
import { dayNumber } from './day-number';
import { HOURS_LIMITS } from './limits';
import type { InputIssueCode } from '../core/types';
import type { Weekday, WeeklySchedule } from './types';
import { zoneTable } from './zone-table';

const TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
const ZONE = /^[A-Za-z][\w+-]*(?:\/[\w+-]+)*$/;

/**
 * The weekdays in schedule order, Monday first.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { WEEKDAYS } from 'duke-records-rules/hours';
 * WEEKDAYS[0]; // 'monday'
 * ```
 */
export const WEEKDAYS = /* @__PURE__ */ Object.freeze([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const satisfies readonly Weekday[]);

/**
 * Milliseconds after midnight of an `HH:mm` time (`24:00` is 86400000).
 *
 * @internal
 * @example
 * ```ts
 * msOf('16:30'); // 59400000
 * ```
 */
export const msOf = (time: string): number => (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) * 60_000;

// Aborting issues: the order of the times is checked only once both are times.
const time = z.string().max(5, { abort: true }).regex(TIME, { abort: true });
const timeRange = z
  .object({ start: time, end: time })
  .refine((r) => msOf(r.end) > msOf(r.start), {
    path: ['end'],
    params: { code: 'time_order' },
  });
const day = z.array(timeRange).max(HOURS_LIMITS.maxRangesPerDay).optional();
const calendarDate = z.string().max(10, { abort: true }).refine((date) => !Number.isNaN(dayNumber(date)), { params: { code: 'invalid_date' } });
const closure = z
  .object({ date: calendarDate.optional(), from: calendarDate.optional(), to: calendarDate.optional() })
  .superRefine((c, ctx) => {
    const issue = (code: InputIssueCode, path: string[]): void => ctx.addIssue({ code: 'custom', path, params: { code } });
    // Either `{ date }` or `{ from, to }`.
    if ((c.from === undefined) !== (c.to === undefined) || (c.date === undefined) === (c.from === undefined)) issue('invalid_input', []);
    const days = dayNumber(c.to) - dayNumber(c.from); // NaN unless both are dates
    if (days < 0) issue('date_order', ['to']);
    if (days >= HOURS_LIMITS.maxClosureDays) issue('too_big', ['to']);
  });

/**
 * The zod schema of a {@link WeeklySchedule}. It parses to a copy with the
 * zone name trimmed and unknown keys dropped (except inside `weekly`).
 * Refused: a zone the runtime does not know (`invalid_time_zone`), a time that is not `HH:mm` from `00:00` to `24:00`
 * (`invalid_format`), an end not after its start (`time_order`), a weekday
 * key that is not one of {@link WEEKDAYS} (`invalid_input`: a misspelt day
 * must not silently close it), an impossible closure date (`invalid_date`),
 * a closure range ending before it starts (`date_order`) or longer than
 * `HOURS_LIMITS.maxClosureDays`, or more ranges or closures than the limits
 * (`too_big`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { weeklyScheduleSchema } from 'duke-records-rules/hours';
 * weeklyScheduleSchema.safeParse({ timeZone: 'Europe/London', weekly: { monday: [{ start: '09:00', end: '17:00' }] } }).success; // true
 * weeklyScheduleSchema.safeParse({ timeZone: 'Europe/London', weekly: { Monday: [] } }).success; // false
 * ```
 */
export const weeklyScheduleSchema: z.ZodType<WeeklySchedule> = /* @__PURE__ */ (() =>
  z.object({
    timeZone: z
      .string()
      .max(64, { abort: true })
      .trim()
      .refine((zone) => ZONE.test(zone) && zoneTable(zone) !== null, { params: { code: 'invalid_time_zone' } }),
    weekly: z.strictObject(Object.fromEntries(WEEKDAYS.map((name) => [name, day]))),
    closures: z.array(closure).max(HOURS_LIMITS.maxClosures).optional(),
  }) as unknown as z.ZodType<WeeklySchedule>)();
