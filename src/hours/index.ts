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
