import { match } from 'ts-pattern';
import type { RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import type { Channel } from '../schemas/channel';
import { checkTrackingNumber } from '../../tracking/check-tracking-number';
import type { TrackingCarrier } from '../../tracking/types';
import type { RuleHit } from '../rule-hit';
import { deepFreeze } from '../../core/deep-freeze';

const SECTION = 'Use a Trackable Carrier if Mailing';
const LIBRARY_CHECK =
  'The page asks for a trackable carrier when mailing but says nothing of tracking numbers: the check itself (format and check digit of FedEx, UPS and USPS numbers) is this library\u2019s, not the page\u2019s.';

/**
 * Catalog entries of the tracking area: checks of the tracking number a
 * sender gives for mailed records. The page only asks for a trackable
 * carrier; the checks are the library's (see each summary).
 *
 * @category Catalog
 * @example
 * ```ts
 * import { TRACKING_RULES } from 'duke-records-rules/catalog';
 * TRACKING_RULES.map((r) => r.id);
 * // ['tracking.wrong-carrier', 'tracking.check-digit', 'tracking.unrecognized']
 * ```
 */
export const TRACKING_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'tracking.wrong-carrier',
      area: 'tracking',
      severity: 'warning',
      summary: `The tracking number of mailed records is a valid number of another carrier than the one named. ${LIBRARY_CHECK}`,
      source: cite(SOURCES.sendToDuke, SECTION),
      editions: ['seed', '2025-10-18'],
    },
    {
      id: 'tracking.check-digit',
      area: 'tracking',
      severity: 'warning',
      summary: `The tracking number of mailed records has the form of a FedEx, UPS or USPS number but fails its check digit (a typo, most likely). ${LIBRARY_CHECK}`,
      source: cite(SOURCES.sendToDuke, SECTION),
      editions: ['seed', '2025-10-18'],
    },
    {
      id: 'tracking.unrecognized',
      area: 'tracking',
      severity: 'warning',
      summary: `The tracking number of mailed records is not in any form FedEx, UPS or USPS use. ${LIBRARY_CHECK}`,
      source: cite(SOURCES.sendToDuke, SECTION),
      editions: ['seed', '2025-10-18'],
    },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * The id of a rule of the tracking area.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { TrackingRuleId } from 'duke-records-rules';
 * const id: TrackingRuleId = 'tracking.check-digit';
 * ```
 */
export type TrackingRuleId = (typeof TRACKING_RULES)[number]['id'];

/**
 * The tracking findings of a submission, at `['channel', 'trackingNumber']`:
 * when records are mailed by FedEx, UPS or USPS with a tracking number, a
 * warning when the number is another carrier's, fails its check digit, or
 * has no form of those carriers. Nothing for other channels, another carrier
 * (not checkable), no tracking number, or a valid one. The number itself
 * never reaches a hit.
 *
 * @param channel - the chosen channel, if any
 * @returns the hits (none or one)
 *
 * @internal
 * @example
 * ```ts
 * trackingHits({ kind: 'mail', carrier: 'fedex', trackingNumber: '1Z5R89390357567127' });
 * // [{ ruleId: 'tracking.wrong-carrier', severity: 'warning', path: ['channel', 'trackingNumber'],
 * //    carrier: 'fedex', detectedCarrier: 'ups' }]
 * ```
 */
export function trackingHits(channel: Channel | undefined): RuleHit<TrackingRuleId>[] {
  if (channel?.kind !== 'mail' || channel.carrier === 'other') return [];
  const { carrier, trackingNumber } = channel;
  if (trackingNumber === undefined || trackingNumber.trim() === '') return [];
  const check = checkTrackingNumber(carrier, trackingNumber);
  const path = ['channel', 'trackingNumber'];
  // A switch, not ts-pattern: this runs on every evaluation, and a match()
  // builder per call costs a tenth of the evaluateSubmission budget. It stays
  // exhaustive: a new reason of /tracking leaves the function without a return, a type error.
  switch (check.reason) {
    case 'ok':
      return [];
    case 'carrier-mismatch':
      return [{ ruleId: 'tracking.wrong-carrier', severity: 'warning', path, carrier, detectedCarrier: check.detectedCarrier as TrackingCarrier }];
    case 'check-digit':
      return [{ ruleId: 'tracking.check-digit', severity: 'warning', path, carrier }];
    // Listed, not a default: a reason added to /tracking is a type error here until it is mapped.
    case 'unknown-format':
    case 'too-long':
    case 'empty':
    case 'not-a-string':
    case 'unsupported-carrier':
      return [{ ruleId: 'tracking.unrecognized', severity: 'warning', path, carrier }];
  }
}
