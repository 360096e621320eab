import { match } from 'ts-pattern';
import type { RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import type { Carrier } from '../schemas/channel';
import type { RuleHit } from '../rule-hit';
import { deepFreeze } from '../../core/deep-freeze';

const SECTION = 'Use a Trackable Carrier if Mailing';

/**
 * Catalog entries of the carriers area.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { CARRIER_RULES } from 'duke-records-rules/catalog';
 * CARRIER_RULES.map((r) => r.id);
 * // ['carrier.trackable', 'carrier.usps-untracked', 'carrier.unknown-trackability', 'carrier.lost-in-transit']
 * ```
 */
export const CARRIER_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'carrier.trackable',
      area: 'carriers',
      severity: 'info',
      summary:
        'Records sent by mail go by a trackable courier, such as FedEx or UPS: the guidance the carrier policy cites (an untracked or unknown carrier is reported by carrier.usps-untracked or carrier.unknown-trackability, warnings).',
      source: cite(SOURCES.sendToDuke, SECTION),
      editions: ['seed', '2025-10-18'],
    },
    {
      id: 'carrier.usps-untracked',
      area: 'carriers',
      severity: 'warning',
      summary: "The U.S. Postal Service is accepted but not recommended: the page says its packages can't be tracked.",
      source: cite(SOURCES.sendToDuke, SECTION),
      editions: ['seed', '2025-10-18'],
    },
    {
      id: 'carrier.unknown-trackability',
      area: 'carriers',
      severity: 'warning',
      summary:
        'A carrier other than FedEx, UPS or USPS is not known to be trackable; the page asks for a trackable courier such as FedEx or UPS.',
      source: cite(SOURCES.sendToDuke, SECTION),
      editions: ['seed', '2025-10-18'],
      ambiguity: {
        note: 'The page names FedEx and UPS as examples ("such as") of trackable couriers and says nothing of other carriers.',
        reading:
          'Another carrier is accepted (only trackability is asked for) but not recommended, with a warning to make sure it is trackable.',
      },
    },
    {
      id: 'carrier.lost-in-transit',
      area: 'carriers',
      severity: 'info',
      summary: 'The Medical Records department is not responsible for records lost in transit.',
      source: cite(SOURCES.sendToDuke, SECTION),
      editions: ['seed', '2025-10-18'],
    },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * The id of a rule of the carriers area.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { CarrierRuleId } from 'duke-records-rules';
 * const id: CarrierRuleId = 'carrier.usps-untracked';
 * ```
 */
export type CarrierRuleId = (typeof CARRIER_RULES)[number]['id'];

/**
 * What the page says about a carrier.
 *
 * @category Rules
 * @example
 * ```ts
 * import { carrierPolicy } from 'duke-records-rules';
 * const p = carrierPolicy('usps');
 * p.accepted && !p.recommended; // true
 * ```
 */
export interface CarrierPolicy {
  readonly carrier: Carrier;
  /** `true`/`false` as the page says; `null` when not known (another carrier). */
  readonly trackable: boolean | null;
  /** Every carrier is accepted: the page accepts even USPS. */
  readonly accepted: true;
  /** Only trackable couriers (FedEx, UPS) are recommended. */
  readonly recommended: boolean;
  /** The rules behind the answer, lost-in-transit notice included. */
  readonly ruleIds: readonly CarrierRuleId[];
}

const policy = (carrier: Carrier, trackable: boolean | null, ruleIds: readonly CarrierRuleId[]): CarrierPolicy =>
  Object.freeze({ carrier, trackable, accepted: true as const, recommended: trackable === true, ruleIds: Object.freeze(ruleIds) });

const FEDEX = /* @__PURE__ */ (() =>
  policy('fedex', true, ['carrier.trackable', 'carrier.lost-in-transit']))();
const UPS = /* @__PURE__ */ (() =>
  policy('ups', true, ['carrier.trackable', 'carrier.lost-in-transit']))();
const USPS = /* @__PURE__ */ (() =>
  policy('usps', false, ['carrier.usps-untracked', 'carrier.trackable', 'carrier.lost-in-transit']))();
const OTHER = /* @__PURE__ */ (() =>
  policy('other', null, ['carrier.unknown-trackability', 'carrier.trackable', 'carrier.lost-in-transit']))();

/**
 * The page's policy for a carrier: FedEx and UPS are trackable and
 * recommended; USPS is accepted, not recommended and can't be tracked; any
 * other carrier is accepted, not recommended, and not known to be trackable.
 * Records lost in transit are the sender's risk whatever the carrier. A value
 * outside {@link Carrier} (from untyped code) is treated as `other`. The
 * result is frozen and shared between calls.
 *
 * @param carrier - the carrier
 * @returns whether it is trackable, accepted and recommended, with the rule ids
 *
 * @category Rules
 * @example
 * ```ts
 * import { carrierPolicy } from 'duke-records-rules';
 * carrierPolicy('fedex');
 * // { carrier: 'fedex', trackable: true, accepted: true, recommended: true,
 * //   ruleIds: ['carrier.trackable', 'carrier.lost-in-transit'] }
 * carrierPolicy('other').trackable; // null
 * ```
 */
export function carrierPolicy(carrier: Carrier): CarrierPolicy {
  return match(carrier)
    .with('fedex', () => FEDEX)
    .with('ups', () => UPS)
    .with('usps', () => USPS)
    .with('other', () => OTHER)
    .exhaustive(() => OTHER); // exhaustive: a carrier added to the schema is a type error until it has a policy
}

/**
 * The carrier findings of a mailed submission, at `['channel', 'carrier']`:
 * a warning for USPS (untracked) or another carrier (trackability unknown),
 * then the lost-in-transit notice.
 *
 * @param carrier - the carrier chosen
 * @returns the hits
 *
 * @internal
 * @example
 * ```ts
 * carrierHits('usps').map((h) => `${h.ruleId}:${h.severity}`);
 * // ['carrier.usps-untracked:warning', 'carrier.lost-in-transit:info']
 * ```
 */
export function carrierHits(carrier: Carrier): RuleHit<CarrierRuleId>[] {
  const path = ['channel', 'carrier'];
  const first = carrierPolicy(carrier).ruleIds[0] as CarrierRuleId;
  const hits: RuleHit<CarrierRuleId>[] = [];
  if (first !== 'carrier.trackable') hits.push({ ruleId: first, severity: 'warning', path });
  hits.push({ ruleId: 'carrier.lost-in-transit', severity: 'info', path });
  return hits;
}
