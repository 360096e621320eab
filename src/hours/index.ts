/**
 * Opening hours on IANA time zones, exact across daylight-saving changes in
 * any host time zone: whether a weekly schedule is open at an instant, the
 * next opening and closing, the open intervals of a range, and when to call
 * a destination of the directory. Every function takes the instant; none
 * reads the clock or the process time zone.
 *
 * @module hours
 * @categoryDescription Functions
 * Questions about a schedule at an instant or over a range.
 * @categoryDescription Types
 * Schedules, instants and results.
 */
// Public barrel of `duke-records-rules/hours`: re-exports only.
export type * from './types';
export { HOURS_LIMITS } from './limits';
export { WEEKDAYS, weeklyScheduleSchema } from './schedule-schema';
export { parseSchedule, type ScheduleParse } from './parse-schedule';
export { isOpen, type OpenState } from './is-open';
export { nextOpening } from './next-opening';
export type { NextChange } from './next-change';
export { nextClosing } from './next-closing';
export { openIntervals, type OpenIntervals } from './open-intervals';
export { nextCallWindow, type CallWindow } from './next-call-window';
export type { HoursRuleId } from './rules';
