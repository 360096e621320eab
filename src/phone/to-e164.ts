import { parseUsPhoneNumber } from './parse-us-phone-number';

/**
 * The E.164 form of a valid US phone or fax number (see
 * {@link parseUsPhoneNumber} for what is valid); an extension is dropped.
 *
 * @param input - the number as typed (anything is accepted)
 * @returns `+1` and ten digits, or `null` when the number is not valid
 *
 * @category Functions
 * @example
 * ```ts
 * import { toE164 } from 'duke-records-rules/phone';
 * toE164('(704) 660-4038'); // '+17046604038'
 * toE164('555-123-4567'); // null
 * ```
 */
export function toE164(input: unknown): string | null {
  const parsed = parseUsPhoneNumber(input);
  return parsed.valid ? parsed.e164 : null;
}
