import type { ParseFailure } from '../core/types';
import type { Compiled } from './compile-schedule';
import { zoned } from './engine';
import type { NeverReason, ZonedInstant } from './types';

/**
 * Result of `nextOpening` and `nextClosing`: the instant found, or why
 * there is none.
 *
 * @category Types
 * @example
 * ```ts
 * import type { NextChange } from 'duke-records-rules/hours';
 * const never: NextChange = { success: true, found: false, reason: 'no-weekly-hours' };
 * ```
 */
export type NextChange =
  | { readonly success: true; readonly found: true; readonly at: ZonedInstant }
  | { readonly success: true; readonly found: false; readonly reason: NeverReason }
  | ParseFailure;

/**
 * Why a search found nothing: the schedule has no weekly hours, or the
 * answer lies beyond the supported range.
 *
 * @internal
 * @param c - the compiled schedule
 * @returns the reason
 * @example
 * ```ts
 * neverReason(compiled); // 'no-weekly-hours'
 * ```
 */
export function neverReason(c: Compiled): NeverReason {
  return c.hasHours ? 'beyond-limit' : 'no-weekly-hours';
}

/**
 * The {@link NextChange} of a search result (`null`: nothing found).
 *
 * @internal
 * @param c - the compiled schedule
 * @param found - epoch milliseconds, or `null`
 * @returns the result
 * @example
 * ```ts
 * nextChange(compiled, nextOpenAt(compiled, t));
 * ```
 */
export function nextChange(c: Compiled, found: number | null): NextChange {
  return found === null ? { success: true, found: false, reason: neverReason(c) } : { success: true, found: true, at: zoned(c, found) };
}
