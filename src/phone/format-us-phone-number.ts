import { parseUsPhoneNumber } from './parse-us-phone-number';

/**
 * The display form of a valid US phone or fax number, as the directory
 * writes it: `(704) 660-4038` (with ` ext. 12` when there is an extension).
 *
 * @param input - the number as typed (anything is accepted)
 * @returns the display form, or `null` when the number is not valid
 *
 * @category Functions
 * @example
 * ```ts
 * import { formatUsPhoneNumber } from 'duke-records-rules/phone';
 * formatUsPhoneNumber('+17046604038'); // '(704) 660-4038'
 * formatUsPhoneNumber('919 684 6178 x 5'); // '(919) 684-6178 ext. 5'
 * formatUsPhoneNumber('call me'); // null
 * ```
 */
export function formatUsPhoneNumber(input: unknown): string | null {
  const parsed = parseUsPhoneNumber(input);
  return parsed.valid ? parsed.display : null;
}
