import { parseInput } from '../core/parse-input';
import type { Locale } from '../core/locale';
import type { ParseFailure } from '../core/types';
import { dayNumber } from './day-number';
import { DAY_MS } from './limits';
import { WEEKDAYS, msOf, weeklyScheduleSchema } from './schedule-schema';
import type { WeeklySchedule } from './types';
import { zoneTable, type ZoneTable } from './zone-table';

/**
 * A schedule ready for arithmetic.
 *
 * @internal
 * @example
 * ```ts
 * const c = resolveSchedule(schedule, 'en');
 * if (c.success) c.week[0]; // Monday: [28800000, 59400000] for 08:00–16:30
 * ```
 */
export interface Compiled {
  readonly success: true;
  readonly timeZone: string;
  readonly table: ZoneTable;
  /** Per weekday, Monday first: `[start, end, …]` in ms after local midnight, sorted and merged. */
  readonly week: readonly (readonly number[])[];
  /** Closed local days: `[firstDay, lastDay, …]` (day numbers, both included), sorted and merged. */
  readonly closed: readonly number[];
  /** Some weekday has an open interval. */
  readonly hasHours: boolean;
  /** Every weekday is open all day. */
  readonly allDay: boolean;
}

const CACHE = new WeakMap<object, Compiled>();
/** The last schedule found in the cache (a constant object: cheaper to read than module variables). */
const LAST: { key: unknown; value: Compiled | undefined } = { key: CACHE, value: undefined };

/**
 * Sorts `[a, b]` pairs by start and merges those that overlap or lie at most
 * `touch` apart, into a flat `[a, b, …]` list.
 *
 * @internal
 * @param pairs - `[start, end]` pairs (sorted in place)
 * @param touch - how far apart two pairs may be and still merge (0: touching)
 * @returns the merged pairs, flat
 * @example
 * ```ts
 * merge([[5, 6], [1, 3], [3, 4]], 0); // [1, 4, 5, 6]
 * ```
 */
export function merge(pairs: [number, number][], touch: number): number[] {
  const flat: number[] = [];
  for (const [a, b] of pairs.sort((x, y) => x[0] - y[0])) {
    const last = flat.length - 1; // the last end, if any: `undefined + touch` is NaN, so the first pair never merges
    if (a <= (flat[last] as number) + touch) flat[last] = Math.max(flat[last] as number, b);
    else flat.push(a, b);
  }
  return flat;
}

/**
 * Turns a parsed schedule into arithmetic tables.
 *
 * @internal
 * @param schedule - a valid schedule
 * @returns its compiled form
 * @example
 * ```ts
 * compile({ timeZone: 'UTC', weekly: { monday: [{ start: '00:00', end: '24:00' }] } }).week[0]; // [0, 86400000]
 * ```
 */
export function compile(schedule: WeeklySchedule): Compiled {
  const week = WEEKDAYS.map((name) =>
    merge(
      (schedule.weekly[name] ?? []).map((r) => [msOf(r.start), msOf(r.end)]),
      0,
    ),
  );
  const closed = merge(
    // The schema lets a closure have either `date` or both `from` and `to`.
    (schedule.closures ?? []).map((c) => {
      const { date, from, to } = c as { date?: string; from?: string; to?: string };
      return [dayNumber(date ?? from), dayNumber(date ?? to)];
    }),
    1,
  );
  return {
    success: true,
    timeZone: schedule.timeZone,
    table: zoneTable(schedule.timeZone) as ZoneTable,
    week,
    closed,
    hasHours: week.some((r) => r.length > 0),
    // Merged ranges lie within the day, so only [0, DAY_MS] spans a whole day (an empty day gives NaN).
    allDay: week.every((r) => (r[1] as number) - (r[0] as number) === DAY_MS),
  };
}

/**
 * Whether `value` and everything it holds is frozen, plain data (no getter,
 * no prototype but `Object.prototype` or `Array.prototype`): only such a
 * schedule may be compiled once and cached, since it can never change.
 */
function isFrozenData(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  // Symbol keys are left out: no schema reads them.
  return (
    depth < 4 &&
    Object.isFrozen(value) &&
    (proto === Object.prototype || proto === Array.prototype) &&
    Object.values(Object.getOwnPropertyDescriptors(value)).every((d) => 'value' in d && isFrozenData(d.value, depth + 1))
  );
}

/**
 * Registers a schedule the library built and froze itself.
 *
 * @internal
 * @param schedule - the frozen schedule
 * @param compiled - its compiled form
 * @returns nothing
 * @example
 * ```ts
 * remember(schedule, compile(schedule));
 * ```
 */
export function remember(schedule: WeeklySchedule, compiled: Compiled): void {
  CACHE.set(schedule, compiled);
}

/**
 * The compiled form of a schedule already seen (frozen or parsed by the
 * library), without parsing; `undefined` otherwise.
 *
 * @internal
 * @param schedule - anything
 * @returns the compiled schedule, or `undefined`
 * @example
 * ```ts
 * cached(frozenSchedule); // Compiled after the first use
 * ```
 */
export function cached(schedule: unknown): Compiled | undefined {
  // A one-entry memo in front of the WeakMap: entries never change, so it cannot go stale.
  if (schedule === LAST.key) return LAST.value;
  const hit = CACHE.get(schedule as object);
  if (hit !== undefined) {
    LAST.key = schedule;
    LAST.value = hit;
  }
  return hit;
}

/**
 * Parses and compiles a schedule given by an untyped caller. A schedule
 * that is deeply frozen plain data (such as the directory's, or one
 * returned by `parseSchedule`) is compiled once and cached by identity;
 * any other is parsed again on every call, so a later change to it is seen.
 *
 * @internal
 * @param input - anything
 * @param locale - language of issue messages
 * @param path - where the schedule sits in the caller's arguments
 * @returns the compiled schedule, or the issues (paths prefixed by `path`)
 *
 * @example
 * ```ts
 * resolveSchedule({ timeZone: 'Nowhere/City', weekly: {} }, 'en', ['schedule']);
 * // { success: false, issues: [{ path: ['schedule', 'timeZone'], code: 'invalid_time_zone', ... }] }
 * ```
 */
export function resolveSchedule(input: unknown, locale: Locale, path: readonly string[]): Compiled | ParseFailure {
  const hit = cached(input);
  if (hit !== undefined) return hit;
  const parsed = parseInput(weeklyScheduleSchema, input, locale, path);
  if (!parsed.success) return parsed;
  const compiled = compile(parsed.data);
  try {
    if (isFrozenData(input, 0)) CACHE.set(input as object, compiled);
  } catch {
    // A proxy trap threw: not cached.
  }
  return compiled;
}
