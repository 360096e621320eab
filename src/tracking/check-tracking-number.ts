import { validCarrier } from './detect-carrier';
import { fedexStatus } from './fedex-status';
import type { FormStatus } from './form-status';
import { readTrackingNumber } from './read-tracking-number';
import type { TrackingCarrier, TrackingCheck } from './types';
import { upsStatus } from './ups-status';
import { uspsStatus } from './usps-status';

/**
 * Checks that a tracking number is a valid number of the claimed carrier:
 * its form and check digit, computed with the carrier's published algorithm.
 * Spaces and dashes are ignored, letters may be lower case; anything else,
 * any length, any type is answered with a reason and never throws. The
 * number is never echoed.
 *
 * The forms (those of tracking_number_data 2.0.0, plus FedEx SmartPost):
 * - FedEx: Express 12 digits; Express 34 digits, first digit 0–8 (`10…`,
 *   `11…`); ASTRA 32 digits, first digit 3; Ground 15; Ground SSCC-18
 *   (container type 00, 01, 02, 04); Ground 96 (22 digits); Ground GSN (34
 *   digits, `96…`); SmartPost;
 * - UPS: `1Z` + 16 letters or digits (the last a digit); waybills `A`, `H`,
 *   `J`, `K`, `T` or `V` + 10 digits (an `A` waybill has the form of an
 *   Amazon International number: it is read as UPS);
 * - USPS: 20 digits; IMpb and legacy numbers of 22 to 34 digits (even
 *   lengths), with or without the `420 ZIP5[+4]` routing prefix; S10
 *   international numbers of the US (`EA123456785US`).
 *
 * A FedEx SmartPost number (FedEx carries, USPS delivers) is valid for
 * `fedex`; it is valid for `usps` too in its full form, with its `92`
 * (22 or 26 digits `92…`, 30 or 34 digits `420 ZIP5 92…`), not in the short
 * forms FedEx prints without it (20 and 24 digits), whose USPS check digit
 * differs — except when the serial's service code (SCNC) is itself 92,
 * which reads the other way round. A 34-digit `420 ZIP5…` USPS number whose
 * last digit also passes FedEx's modulo 11 is valid for both. S10 numbers of
 * other posts, DHL, OnTrac, Amazon and other couriers are `unknown-format`.
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
 * checkTrackingNumber('usps', '61299998820821171811'); // SmartPost without its 92
 * // { valid: false, detectedCarrier: 'fedex', reason: 'carrier-mismatch' }
 * checkTrackingNumber('fedex', '1195 2664 7393 0007 5211 0087 1079 9199 40');
 * // { valid: true, detectedCarrier: 'fedex', reason: 'ok' }
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
