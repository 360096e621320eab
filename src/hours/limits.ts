/**
 * Earliest instant accepted: 1900-01-01T00:00:00Z.
 *
 * @internal
 * @example
 * ```ts
 * new Date(MIN_INSTANT).toISOString(); // '1900-01-01T00:00:00.000Z'
 * ```
 */
export const MIN_INSTANT = -2_208_988_800_000;
/**
 * Latest instant accepted: 2200-01-01T00:00:00Z.
 *
 * @internal
 * @example
 * ```ts
 * new Date(MAX_INSTANT).toISOString(); // '2200-01-01T00:00:00.000Z'
 * ```
 */
export const MAX_INSTANT = 7_258_118_400_000;

/**
 * The bounds every hours function works within. Inputs outside them are
 * refused with an issue, so no call can run for long.
 *
 * @category Functions
 * @example
 * ```ts
 * import { HOURS_LIMITS } from 'duke-records-rules/hours';
 * HOURS_LIMITS.maxRangeDays; // 366
 * ```
 */
export const HOURS_LIMITS = /* @__PURE__ */ Object.freeze({
  /** Earliest instant accepted: 1900-01-01T00:00:00Z (epoch milliseconds). */
  minInstant: MIN_INSTANT,
  /** Latest instant accepted: 2200-01-01T00:00:00Z (epoch milliseconds). */
  maxInstant: MAX_INSTANT,
  /** Longest range {@link openIntervals} accepts, in days of 24 hours. */
  maxRangeDays: 366,
  /** Most open intervals one weekday may list. */
  maxRangesPerDay: 48,
  /** Most closures one schedule may list. */
  maxClosures: 1000,
  /** Longest closure range, in calendar days (both ends included). */
  maxClosureDays: 366,
});

/**
 * Milliseconds in a day of 24 hours.
 *
 * @internal
 * @example
 * ```ts
 * DAY_MS; // 86400000
 * ```
 */
export const DAY_MS = 86_400_000;
