import { validCarrier } from './detect-carrier';
import { fedexStatus } from './fedex-status';
import type { FormStatus } from './form-status';
import { readTrackingNumber } from './read-tracking-number';
import type { TrackingCarrier, TrackingCheck } from './types';
import { upsStatus } from './ups-status';
import { uspsStatus } from './usps-status';

/**
 * Checks that a tracking number is a valid number of the claimed carrier:
 * its form and check digit, computed with the carrier's published algorithm
 * (see {@link detectCarrier} for the forms). Spaces and dashes are ignored,
 * letters may be lower case; anything else, any length, any type is
 * answered with a reason and never throws. The number is never echoed.
 *
 * A FedEx SmartPost number (delivered by USPS) is valid for `fedex` and for
 * `usps`.
 *
 * @param carrier - the carrier the sender names: `fedex`, `ups` or `usps`
 * @param number - the tracking number as typed (anything is accepted)
 * @returns `valid`, the carrier the number is valid for (the claimed one
 *   when it is) and the reason
 *
 * @category Functions
 * @example
 * ```ts
 * import { checkTrackingNumber } from 'duke-records-rules/tracking';
 * checkTrackingNumber('ups', '1Z5R89390357567127');
 * // { valid: true, detectedCarrier: 'ups', reason: 'ok' }
 * checkTrackingNumber('ups', '1Z5R89390357567128');
 * // { valid: false, detectedCarrier: null, reason: 'check-digit' }
 * checkTrackingNumber('fedex', '9400111201080805483016');
 * // { valid: false, detectedCarrier: 'usps', reason: 'carrier-mismatch' }
 * ```
 */
export function checkTrackingNumber(carrier: TrackingCarrier, number: unknown): TrackingCheck {
  const supported = carrier === 'fedex' || carrier === 'ups' || carrier === 'usps';
  const read = readTrackingNumber(number);
  if (!read.ok) return { valid: false, detectedCarrier: null, reason: supported ? read.reason : 'unsupported-carrier' };
  const { number: n, digits } = read;
  const status: FormStatus =
    carrier === 'fedex' ? fedexStatus(n, digits) : carrier === 'ups' ? upsStatus(n) : carrier === 'usps' ? uspsStatus(n, digits) : 0;
  if (status === 2) return { valid: true, detectedCarrier: carrier, reason: 'ok' };
  const detected = validCarrier(read);
  if (!supported) return { valid: false, detectedCarrier: detected, reason: 'unsupported-carrier' };
  if (detected !== null) return { valid: false, detectedCarrier: detected, reason: 'carrier-mismatch' };
  const anyForm = fedexStatus(n, digits) + upsStatus(n) + uspsStatus(n, digits) > 0;
  return { valid: false, detectedCarrier: null, reason: anyForm ? 'check-digit' : 'unknown-format' };
}
