import { inputIssue } from '../core/parse-input';
import type { ParseFailure } from '../core/types';
import type { Destination } from '../directory/types';
import type { HoursRuleId } from './rules';
import { nextCloseAt, nextOpenAt, zoned } from './engine';
import { neverReason } from './next-change';
import { parseHoursOptions } from './parse-hours-options';
import { prepare } from './prepare';
import type { HoursOptions, Instant, NeverReason, ZonedInstant } from './types';

/**
 * When a destination's customer service can next be called, per
 * {@link nextCallWindow}:
 * - `open-now`: call now; `from` is the instant asked about, `until` when it closes;
 * - `opens-later`: closed now; call from `from` until `until`;
 * - `no-opening`: the schedule opens no more before 2200 (`reason`);
 * - `hours-not-published`: the source gives no hours for the destination
 *   (`reason`: the directory's explanation, `null` when it gives none).
 *
 * `until` is `null` only when the window does not close before 2200.
 *
 * @category Types
 * @example
 * ```ts
 * import type { CallWindow } from 'duke-records-rules/hours';
 * declare const w: CallWindow;
 * if (w.success && w.status === 'opens-later') w.from.local;
 * ```
 */
export type CallWindow =
  | {
      readonly success: true;
      readonly status: 'open-now' | 'opens-later';
      readonly from: ZonedInstant;
      readonly until: ZonedInstant | null;
      readonly ruleIds: readonly HoursRuleId[];
    }
  | { readonly success: true; readonly status: 'no-opening'; readonly reason: NeverReason; readonly ruleIds: readonly HoursRuleId[] }
  | { readonly success: true; readonly status: 'hours-not-published'; readonly reason: string | null; readonly ruleIds: readonly HoursRuleId[] }
  | ParseFailure;

const RULE_IDS: readonly HoursRuleId[] = /* @__PURE__ */ Object.freeze(['hours.customer-service', 'hours.follow-up-call'] as const);
const NO_RULES: readonly HoursRuleId[] = /* @__PURE__ */ Object.freeze([]);

/**
 * When a directory destination's customer service can next be called, for
 * example for the follow-up call the source asks for after sending records
 * by mail or fax: now if it is open, else at its next opening, with the
 * time it closes. Pass the destination as `getDestination` returns it (the
 * hours are the directory's: Duke Document Management, Monday to Friday
 * 08:00–16:30 America/New_York). The source publishes no holidays, so a
 * window may fall on one.
 *
 * Takes the destination rather than its id so that this entry does not
 * bundle the directory: look it up with `getDestination` from the root
 * entry, choosing the edition with `asOf`.
 *
 * @param destination - a destination from `getDestination` or `listDestinations`
 * @param at - the instant asked about (a `Date`, epoch milliseconds, or an
 *   ISO date-time with an offset)
 * @param options - `locale` of issue messages
 * @returns the call window, or the issues (`['destination']` when it is not
 *   an object, `['destination', 'hours', …]` for invalid hours, `['at']`
 *   `invalid_instant`, `['options']` for bad options), in the
 *   locale asked for; never throws
 *
 * @category Functions
 * @example
 * ```ts
 * import { getDestination } from 'duke-records-rules';
 * import { nextCallWindow } from 'duke-records-rules/hours';
 * const at = '2026-11-06T17:00:00-05:00'; // a Friday, after 16:30
 * const found = getDestination('duke-document-management', { asOf: at });
 * if (found.success && found.destination) {
 *   const w = nextCallWindow(found.destination, at);
 *   if (w.success && w.status === 'opens-later') {
 *     w.from.local; // '2026-11-09T08:00:00'
 *     w.until?.local; // '2026-11-09T16:30:00'
 *     w.ruleIds; // ['hours.customer-service', 'hours.follow-up-call']
 *   }
 *   found.destination.phone?.display; // '(919) 684-6178'
 * }
 * ```
 */
export function nextCallWindow(destination: Destination, at: Instant, options?: HoursOptions): CallWindow {
  const opts = parseHoursOptions(options);
  if (!opts.success) return opts;
  if (typeof destination !== 'object' || destination === null) {
    return { success: false, issues: [inputIssue(['destination'], 'invalid_type', opts.locale)] };
  }
  let hours: unknown;
  let reason: unknown;
  try {
    hours = destination.hours;
    reason = hours === null ? destination.notPublished.hours : null;
  } catch {
    return { success: false, issues: [inputIssue(['destination'], 'unreadable_input', opts.locale)] };
  }
  if (hours === null) {
    return { success: true, status: 'hours-not-published', reason: typeof reason === 'string' ? reason : null, ruleIds: NO_RULES };
  }
  const p = prepare(hours, [['at', at]], options, ['destination', 'hours']);
  if (!p.success) return p;
  const from = nextOpenAt(p.c, p.ms[0] as number);
  if (from === null) return { success: true, status: 'no-opening', reason: neverReason(p.c), ruleIds: RULE_IDS };
  const until = nextCloseAt(p.c, from);
  return {
    success: true,
    status: from === p.ms[0] ? 'open-now' : 'opens-later',
    from: zoned(p.c, from),
    until: until === null ? null : zoned(p.c, until),
    ruleIds: RULE_IDS,
  };
}
