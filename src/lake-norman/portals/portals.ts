import * as z from 'zod';
import { addMonths, isCalendarDate } from '../../core/calendar-date';
import { parseInput } from '../../core/parse-input';
import type { CalendarDate, ParseFailure } from '../../core/types';
import type { Portal } from '../../directory/types';
import type { LakeNormanRuleId } from '../rules';

/**
 * Whether a portal still holds what the page says it holds, on a date:
 * - `current`: the portal is not time-limited;
 * - `available`: before `minMonths` after the start of the period;
 * - `may-no-longer-be-available`: from `minMonths` until before `maxMonths`;
 * - `no-longer-available`: from `maxMonths` on, per the page;
 * - `unverified`: time-limited, but no as-of date was given.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { PortalStatus } from 'duke-records-rules';
 * const s: PortalStatus = 'may-no-longer-be-available';
 * ```
 */
export type PortalStatus = 'current' | 'available' | 'may-no-longer-be-available' | 'no-longer-available' | 'unverified';

/**
 * A portal of the directory with its status on the as-of date and the rule
 * that says so.
 *
 * @category Rules
 * @example
 * ```ts
 * import { portalAvailability, getDestination } from 'duke-records-rules';
 * const r = getDestination('lake-norman-medical-records', { asOf: '2026-12-01' });
 * const p = r.success && r.destination ? portalAvailability(r.destination.portals[1], '2026-12-01') : null;
 * p?.success && p.status;
 * // 'may-no-longer-be-available'
 * ```
 */
export interface PortalAvailability {
  readonly id: Portal['id'];
  readonly name: string;
  readonly holds: string;
  readonly status: PortalStatus;
  readonly ruleId: LakeNormanRuleId;
  /** For a time-limited portal: the start of the period, the first day records may be gone, and the first day they are gone. */
  readonly period: { readonly from: CalendarDate; readonly minEnd: CalendarDate; readonly maxEnd: CalendarDate } | null;
}

/** The rule that says what each portal holds (a `Record` over the union: a new portal is a type error until it is added). */
const PORTAL_RULE: Readonly<Record<Portal['id'], LakeNormanRuleId>> = {
  'patient-portal': 'ln.patient-portal',
  'my-duke-health': 'ln.my-duke-health',
  myhealthhome: 'ln.legacy-portals',
  athenahealth: 'ln.legacy-portals',
};

const MONTHS = /* @__PURE__ */ (() => z.int().min(0).max(1200))();
const InputSchema = /* @__PURE__ */ (() =>
  z.object({
    portal: z.object({
      id: z.enum(Object.keys(PORTAL_RULE) as [Portal['id'], ...Portal['id'][]]),
      name: z.string(),
      holds: z.string(),
      availability: z.object({ from: z.custom<CalendarDate>(isCalendarDate), minMonths: MONTHS, maxMonths: MONTHS }).nullable(),
    }),
    asOf: z.custom<CalendarDate>(isCalendarDate).nullable(),
  }))();

/**
 * The status of a portal on `asOf`. The page keeps records of care before
 * 2025-10-18 in MyHealthHome and AthenaHealth "for 12 to 18 months": with
 * whole calendar months counted from 2025-10-18, they are available before
 * 2026-10-18, may no longer be available from 2026-10-18, and are no longer
 * available from 2027-04-18.
 *
 * Any value is accepted: a portal that is not one of the directory's
 * (`id`, `name`, `holds`, `availability`) or an `asOf` that is not a
 * `YYYY-MM-DD` date or `null` gives input issues, never a throw.
 *
 * @param portal - a portal of the directory
 * @param asOf - the date asked about (`null`: unknown)
 * @returns the portal, its status, the rule that says so, and the period; or the input issues
 *
 * @category Rules
 * @example
 * ```ts
 * import { portalAvailability } from 'duke-records-rules';
 * const legacy = {
 *   id: 'myhealthhome', name: 'MyHealthHome', holds: '…',
 *   availability: { from: '2025-10-18', minMonths: 12, maxMonths: 18 },
 * } as const;
 * const status = (asOf: string) => { const r = portalAvailability(legacy, asOf); return r.success ? r.status : null; };
 * status('2026-10-17'); // 'available'
 * status('2026-10-18'); // 'may-no-longer-be-available'
 * status('2027-04-18'); // 'no-longer-available'
 * portalAvailability(legacy, '2026-13-01').success; // false
 * ```
 */
export function portalAvailability(portal: unknown, asOf: unknown): (PortalAvailability & { readonly success: true }) | ParseFailure {
  const parsed = parseInput(InputSchema, { portal, asOf });
  return parsed.success ? { success: true, ...availabilityOf(parsed.data.portal, parsed.data.asOf) } : parsed;
}

/**
 * `portalAvailability` of a portal of the directory (already valid).
 *
 * @internal
 * @example
 * ```ts
 * availabilityOf(portal, null).status; // 'current' or 'unverified'
 * ```
 */
export function availabilityOf(portal: Portal, asOf: CalendarDate | null): PortalAvailability {
  const base = PORTAL_RULE[portal.id];
  const a = portal.availability;
  if (a === null) return { id: portal.id, name: portal.name, holds: portal.holds, status: 'current', ruleId: base, period: null };
  const period = { from: a.from, minEnd: addMonths(a.from, a.minMonths), maxEnd: addMonths(a.from, a.maxMonths) };
  const status: PortalStatus =
    asOf === null ? 'unverified' : asOf < period.minEnd ? 'available' : asOf < period.maxEnd ? 'may-no-longer-be-available' : 'no-longer-available';
  const ruleId = status === 'may-no-longer-be-available' ? 'ln.legacy-portals-may-be-gone' : status === 'no-longer-available' ? 'ln.legacy-portals-gone' : base;
  return { id: portal.id, name: portal.name, holds: portal.holds, status, ruleId, period };
}
