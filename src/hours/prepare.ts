import { inputIssue } from '../core/parse-input';
import { parseHoursOptions } from './parse-hours-options';
import type { Locale } from '../core/locale';
import type { InputIssue, ParseFailure } from '../core/types';
import { resolveSchedule, type Compiled } from './compile-schedule';
import { toEpochMs } from './parse-instant';

/**
 * Arguments of an hours function after parsing.
 *
 * @internal
 * @example
 * ```ts
 * const p: Prepared = { success: true, c, locale: 'en', ms: [0] };
 * ```
 */
export type Prepared =
  | { readonly success: true; readonly c: Compiled; readonly locale: Locale; readonly ms: readonly number[] }
  | ParseFailure;

/**
 * Parses the options, the schedule and the instants of an hours function,
 * gathering every issue (schedule issues under `path`, an instant's under
 * its argument name).
 *
 * @internal
 * @param schedule - anything
 * @param instants - `[argument name, value]` pairs
 * @param options - anything
 * @param path - where the schedule sits in the caller's arguments
 * @returns the parsed arguments, or the issues
 *
 * @example
 * ```ts
 * prepare(schedule, [['at', 'noon']], undefined);
 * // { success: false, issues: [{ path: ['at'], code: 'invalid_instant', ... }] }
 * ```
 */
export function prepare(
  schedule: unknown,
  instants: readonly (readonly [string, unknown])[],
  options: unknown,
  path: readonly string[] = ['schedule'],
): Prepared {
  const opts = parseHoursOptions(options);
  if (!opts.success) return opts;
  const issues: InputIssue[] = [];
  const c = resolveSchedule(schedule, opts.locale, path);
  if (!c.success) issues.push(...c.issues);
  const ms = instants.map(([name, value]) => {
    const parsed = toEpochMs(value);
    if (parsed === null) issues.push(inputIssue([name], 'invalid_instant', opts.locale));
    return parsed as number;
  });
  return issues.length > 0 ? { success: false, issues } : { success: true, c: c as Compiled, locale: opts.locale, ms };
}
