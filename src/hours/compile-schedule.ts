import { parseInput } from '../core/parse-input';
import type { InputIssue, Locale, ParseFailure } from '../core/types';
import { dayNumber } from './day-number';
import { DAY_MS } from './limits';
import { WEEKDAYS, minutesOf, weeklyScheduleSchema } from './schedule-schema';
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
    const n = flat.length;
    if (n > 0 && a <= (flat[n - 1] as number) + touch) flat[n - 1] = Math.max(flat[n - 1] as number, b);
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
      (schedule.weekly[name] ?? []).map((r) => [minutesOf(r.start) * 60_000, minutesOf(r.end) * 60_000]),
      0,
    ),
  );
  const closed = merge(
    (schedule.closures ?? []).map((c) => {
      const [from, to] = 'date' in c ? [c.date, c.date] : [c.from, c.to];
      return [dayNumber(from), dayNumber(to)];
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
    allDay: week.every((r) => r.length === 2 && r[0] === 0 && r[1] === DAY_MS),
  };
}

/**
 * Whether `value` and everything it holds is frozen, plain data (no getter,
 * no prototype but `Object.prototype` or `Array.prototype`): only such a
 * schedule may be compiled once and cached, since it can never change.
 */
function isFrozenData(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (depth > 3 || !Object.isFrozen(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return false;
  return Reflect.ownKeys(value).every((key) => {
    const d = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
    return 'value' in d && isFrozenData(d.value, depth + 1);
  });
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
  const parsed = parseInput(weeklyScheduleSchema, input, locale);
  if (!parsed.success) {
    return { success: false, issues: parsed.issues.map((i): InputIssue => ({ ...i, path: [...path, ...i.path] })) };
  }
  const compiled = compile(parsed.data);
  let frozen = false;
  try {
    frozen = isFrozenData(input, 0);
  } catch {
    // A proxy trap threw: not cached.
  }
  if (frozen) CACHE.set(input as object, compiled);
  return compiled;
}
