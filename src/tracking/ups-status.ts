import { type FormStatus, formStatus } from './form-status';
import { mod10 } from './mod10';

/**
 * How a normalised number fits UPS's forms:
 * - `1Z` + 15 letters or digits + a check digit: modulo 10 over the 15,
 *   weights 1, 2, letters mapped A = 2, B = 3, … (UPS's algorithm);
 * - waybill: A, H, J, K, T or V + 9 digits + a check digit, the same
 *   algorithm over the 9 digits (tracking_number_data 2.0.0's service
 *   types; an `A` waybill has the form of an Amazon International number,
 *   A + 10 digits with no check digit).
 *
 * @param number - normalised tracking number
 * @returns `0` no UPS form, `1` wrong check digit, `2` valid
 * @internal
 *
 * @example
 * ```ts
 * upsStatus('1Z5R89390357567127'); // 2
 * ```
 */
export function upsStatus(number: string): FormStatus {
  if (number.length === 18 && number.startsWith('1Z') && number.charCodeAt(17) < 58) {
    return formStatus(mod10(number, 2, 17, 1, 2, 0));
  }
  return /^[AHJKTV]\d{10}$/.test(number) ? formStatus(mod10(number, 1, 10, 1, 2, 0)) : 0;
}
