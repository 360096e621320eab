import type { TrackingRuleId } from './tracking-number';

/**
 * English texts of the tracking number rules, keyed by rule id.
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * TRACKING_MESSAGES_EN['tracking.wrong-carrier'];
 * ```
 */
export const TRACKING_MESSAGES_EN: Readonly<Record<TrackingRuleId, string>> = {
  'tracking.wrong-carrier':
    'The tracking number is not a valid {carrier} number: it is a valid {detected} number. Check the carrier and the number.',
  'tracking.check-digit':
    'The tracking number fails its check digit: it most likely has a typo. Check it against the {carrier} receipt.',
  'tracking.unrecognized': 'The tracking number is not in a form {carrier} uses: check it against the receipt.',
};
