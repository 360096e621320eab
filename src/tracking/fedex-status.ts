import { fedexMod11 } from './fedex-mod11';
import { type FormStatus, formStatus } from './form-status';
import { mod10 } from './mod10';

/**
 * How a normalised all-digit number fits FedEx SmartPost's form (shipped by
 * FedEx, delivered by USPS): `[420 ZIP5] [92]` then a serial whose digits
 * 3–4 are `29` (20, 22, 24, 26, 30 or 34 digits in all); modulo 10, weights
 * 3, 1, over the serial read with an implied `92` in front (unless it starts
 * with 92).
 *
 * @param number - normalised tracking number, all digits
 * @returns `0` not the SmartPost form, `1` wrong check digit, `2` valid
 * @internal
 *
 * @example
 * ```ts
 * smartPostStatus('9261292700768711948021'); // 2
 * ```
 */
export function smartPostStatus(number: string): FormStatus {
  const length = number.length;
  // where the serial starts, by length and prefix
  const from =
    length === 20 || length === 24
      ? 0
      : (length === 22 || length === 26) && number.startsWith('92')
        ? 2
        : (length === 30 || length === 34) && number.startsWith('420') && number.startsWith('92', 8)
          ? 10
          : -1;
  if (from < 0 || !number.startsWith('29', from + 2)) return 0;
  // An implied "92" adds 9 × 3 + 2 × 1 = 29 to the weighted sum.
  return formStatus(mod10(number, from, length - 1, 3, 1, number.startsWith('92', from) ? 0 : 29));
}

/**
 * How a normalised all-digit number fits FedEx's forms (those of
 * tracking_number_data 2.0.0, and SmartPost):
 * - 12 digits (Express): modulo 11, weights 1, 3, 7 from the right;
 * - 15 digits (Ground): modulo 10, weights 1, 3 over the first 14;
 * - 18 digits (Ground SSCC-18, container type 00, 01, 02 or 04): modulo 10,
 *   weights 3, 1 over digits 3–17;
 * - 22 digits starting 96 (Ground 96): modulo 10, weights 1, 3 over digits 8–21;
 * - 32 digits starting 3 (ASTRA): modulo 11 over digits 17–27, the check
 *   digit 28th, four more digits after it;
 * - 34 digits starting 0–8 (Express: `10…`, `11…`) or 96 (Ground GSN):
 *   modulo 11 over digits 21–33;
 * - SmartPost (see {@link smartPostStatus}).
 *
 * @param number - normalised tracking number
 * @param digits - whether it is all digits (FedEx numbers are)
 * @returns `0` no FedEx form, `1` wrong check digit, `2` valid
 * @internal
 *
 * @example
 * ```ts
 * fedexStatus('986578788855', true); // 2
 * ```
 */
export function fedexStatus(number: string, digits: boolean): FormStatus {
  if (!digits) return 0;
  const length = number.length;
  if (length === 12) return formStatus(fedexMod11(number, 0, 11));
  if (length === 15) return formStatus(mod10(number, 0, 14, 1, 3, 0));
  if (length === 18) return /^0[0124]/.test(number) ? formStatus(mod10(number, 2, 17, 3, 1, 0)) : 0;
  if (length === 22 && number.startsWith('96')) return formStatus(mod10(number, 7, 21, 1, 3, 0));
  if (length === 32) return number.startsWith('3') ? formStatus(fedexMod11(number, 16, 27)) : 0;
  // 34 digits: Express and Ground GSN; a 420-routed SmartPost number has the Express form too
  const express = length === 34 && /^(?:[0-8]|96)/.test(number) ? formStatus(fedexMod11(number, 20, 33)) : 0;
  return Math.max(express, smartPostStatus(number)) as FormStatus;
}
