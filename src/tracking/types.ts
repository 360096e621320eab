/**
 * A carrier whose tracking numbers this module checks.
 *
 * @category Types
 * @example
 * ```ts
 * import type { TrackingCarrier } from 'duke-records-rules/tracking';
 * const c: TrackingCarrier = 'ups';
 * ```
 */
export type TrackingCarrier = 'fedex' | 'ups' | 'usps';

/**
 * Why a tracking number was accepted or not:
 * - `ok`: a valid number of the claimed carrier (format and check digit);
 * - `not-a-string`: the number is not a string;
 * - `empty`: nothing but spaces and dashes;
 * - `too-long`: over 128 characters as given, or over 34 once spaces and
 *   dashes are removed (no supported form is longer);
 * - `unknown-format`: not the form of any FedEx, UPS or USPS number
 *   (characters other than letters, digits, spaces and dashes included; S10
 *   numbers of other posts than the US, other couriers);
 * - `check-digit`: the form of a FedEx, UPS or USPS number, but its check
 *   digit is wrong (a typo, most likely);
 * - `carrier-mismatch`: a valid number of another carrier (see
 *   `detectedCarrier`);
 * - `unsupported-carrier`: the claimed carrier is not `fedex`, `ups` or
 *   `usps`.
 *
 * @category Types
 * @example
 * ```ts
 * import type { TrackingCheckReason } from 'duke-records-rules/tracking';
 * const r: TrackingCheckReason = 'check-digit';
 * ```
 */
export type TrackingCheckReason =
  | 'ok'
  | 'not-a-string'
  | 'empty'
  | 'too-long'
  | 'unknown-format'
  | 'check-digit'
  | 'carrier-mismatch'
  | 'unsupported-carrier';

/**
 * The verdict of {@link checkTrackingNumber}. `detectedCarrier` is a carrier
 * whose format and check digit the number satisfies (the claimed one when it
 * does), or `null` when the number is valid for none of the three. The
 * number itself is never echoed.
 *
 * @category Types
 * @example
 * ```ts
 * import { checkTrackingNumber } from 'duke-records-rules/tracking';
 * const c = checkTrackingNumber('fedex', '1Z5R89390357567127');
 * c; // { valid: false, detectedCarrier: 'ups', reason: 'carrier-mismatch' }
 * ```
 */
export interface TrackingCheck {
  readonly valid: boolean;
  readonly detectedCarrier: TrackingCarrier | null;
  readonly reason: TrackingCheckReason;
}
