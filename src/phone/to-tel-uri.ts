import { parseUsPhoneNumber } from './parse-us-phone-number';

/**
 * The RFC 3966 `tel:` URI of a valid US phone or fax number, for links
 * (`<a href="tel:+17046604035">`).
 *
 * @param input - the number as typed (anything is accepted)
 * @returns the URI, or `null` when the number is not valid
 *
 * @category Functions
 * @example
 * ```ts
 * import { toTelUri } from 'duke-records-rules/phone';
 * toTelUri('(704) 660-4035'); // 'tel:+17046604035'
 * toTelUri('704-660-4035 ext. 7'); // 'tel:+17046604035;ext=7'
 * ```
 */
export function toTelUri(input: unknown): string | null {
  const parsed = parseUsPhoneNumber(input);
  return parsed.valid ? parsed.uri : null;
}
