import * as z from 'zod';
import { isCalendarDate } from '../core/calendar-date';
import type { CalendarDate } from '../core/types';

/**
 * A calendar date `YYYY-MM-DD` as the HIPAA checks read it: a string of at
 * most 32 characters (surrounding spaces trimmed) that is a real date, else an
 * `invalid_date` issue. Instants (`Date`, epoch milliseconds) are refused with
 * `invalid_type`: the federal deadlines count calendar days, and reading an
 * instant as a date would depend on a zone.
 *
 * @internal
 * @example
 * ```ts
 * authorizationDateSchema.safeParse(' 2026-02-28 ').data; // '2026-02-28'
 * authorizationDateSchema.safeParse('2026-02-29').success; // false
 * ```
 */
export const authorizationDateSchema: z.ZodType<CalendarDate, string> = /* @__PURE__ */ (() =>
  z
  .string()
  .max(32, { abort: true })
  .trim()
  .refine(isCalendarDate, { params: { code: 'invalid_date' } }) as unknown as z.ZodType<CalendarDate, string>)();
