import { type FormStatus, formStatus } from './form-status';
import { mod10 } from './mod10';
import { s10Check } from './s10-check';

/** S10 identifiers of the US (USPS international), with a UPU service indicator. */
const S10_US = /^(?:[BCDEHLMNPRUVZ][A-Z]|Q[A-M]|A[V-Z]|G[AD])\d{9}US$/;

/** Whether `number` has `9` then a digit from `lowest` to `5` at `at` (an application identifier). */
const aiAt = (number: string, at: number, lowest: number): boolean => {
  const next = number.charCodeAt(at + 1) - 48;
  return number.charCodeAt(at) === 57 && next >= lowest && next <= 5;
};

/**
 * How a normalised number fits USPS's forms (all modulo 10, weights 3, 1):
 * - 20 digits: over the first 19;
 * - IMpb (`[420 ZIP5] [9x] SCNC service shipper package`): 20, 22, 24, 26,
 *   28, 30, 32 or 34 digits, the serial read from after the `420 ZIP5`
 *   routing prefix, with an implied `91` in front unless it starts with
 *   91–95 (the application identifier);
 * - `420 ZIP5 routing4 [92–95] …`: 32 or 34 digits, over the part after the
 *   routing code;
 * - S10 international (`EA123456785US`): a US item identifier, weights
 *   8, 6, 4, 2, 3, 5, 9, 7 modulo 11.
 *
 * @param number - normalised tracking number
 * @param digits - whether it is all digits
 * @returns `0` no USPS form, `1` wrong check digit, `2` valid
 * @internal
 *
 * @example
 * ```ts
 * uspsStatus('9400111201080805483016', true); // 2
 * ```
 */
export function uspsStatus(number: string, digits: boolean): FormStatus {
  if (!digits) return S10_US.test(number) ? formStatus(s10Check(number)) : 0;
  const length = number.length;
  const last = length - 1;
  const routed = number.startsWith('420');
  let status: FormStatus = 0;
  if (length === 20) status = formStatus(mod10(number, 0, last, 3, 1, 0));
  else if (routed && (length === 32 || (length === 34 && aiAt(number, 12, 2)))) status = formStatus(mod10(number, 12, last, 3, 1, 0));
  // IMpb: where the serial starts, by length and prefix
  const from =
    length === 20 || length === 24 || ((length === 22 || length === 26) && aiAt(number, 0, 1))
      ? 0
      : routed && (length === 28 || length === 32 || ((length === 30 || length === 34) && aiAt(number, 8, 1)))
        ? 8
        : -1;
  if (from < 0 || status === 2) return status;
  // An implied "91" adds 9 × 3 + 1 × 1 = 28 to the weighted sum.
  return formStatus(mod10(number, from, last, 3, 1, aiAt(number, from, 1) ? 0 : 28));
}
