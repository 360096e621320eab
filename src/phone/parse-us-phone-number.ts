import { type PhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js/core';
import { readTelUri } from './read-tel-uri';
import type { PhoneInvalidReason, PhoneNumberResult, UsRegion } from './types';
import { US_METADATA } from './us-metadata';

/** libphonenumber-js reads no more than this. */
const MAX_INPUT = 250;
const OPTIONS = { defaultCountry: 'US', extract: false } as const;
const PARSE_ERRORS: Readonly<Record<string, PhoneInvalidReason>> = {
  INVALID_COUNTRY: 'not-us',
  TOO_SHORT: 'too-short',
  TOO_LONG: 'too-long',
};

/**
 * Parses a US phone or fax number as strictly as libphonenumber-js with its
 * full (`max`) metadata: the number must be a number in service in the US
 * numbering plan, not merely ten digits (`555-123-4567` is invalid). The
 * numbers of the US territories that share calling code 1 (Puerto Rico, US
 * Virgin Islands, Guam, American Samoa, Northern Mariana Islands) are US
 * numbers, with their `region` reported; the numbers of the other countries
 * of calling code 1 (Canada, the Caribbean) are not. The whole input must be
 * the number (no text around it); the usual ways of writing it are accepted
 * (`704-660-4038`, `(704) 660-4038`, `+1 704 660 4038`, `1.704.660.4038`),
 * with an optional extension (`x12`, `ext. 12`).
 *
 * RFC 3966 `tel:` URIs of global numbers are read too, so the `uri` this
 * function returns reads back to the same result: `tel:+17046604035;ext=7`,
 * `tel:+1-704-660-4035` (the visual separators `-`, `.`, `(`, `)` are
 * ignored; `tel:` in any case). The `ext` parameter is the extension; `isub`
 * and any other parameter are ignored. Refused as `not-a-number`: a local
 * number (`tel:660-4035;phone-context=+1704`: the US numbers have a global
 * form, use it), a `phone-context` on a global number, a parameter given
 * twice and anything outside RFC 3966's grammar (spaces inside the URI
 * included). Never throws.
 *
 * @param input - the number as typed (anything is accepted)
 * @returns the E.164, display and `tel:` forms, or `{ valid: false, reason }`
 *
 * @category Functions
 * @example
 * ```ts
 * import { parseUsPhoneNumber } from 'duke-records-rules/phone';
 * parseUsPhoneNumber('704-660-4038');
 * // { valid: true, e164: '+17046604038', display: '(704) 660-4038', uri: 'tel:+17046604038', extension: null, region: 'US' }
 * parseUsPhoneNumber('tel:+1-787-723-4567;ext=12');
 * // { valid: true, e164: '+17877234567', display: '(787) 723-4567 ext. 12', uri: 'tel:+17877234567;ext=12', extension: '12', region: 'PR' }
 * parseUsPhoneNumber('555-123-4567'); // { valid: false, reason: 'invalid-number' }
 * parseUsPhoneNumber('+44 20 7946 0958'); // { valid: false, reason: 'not-us' }
 * ```
 */
export function parseUsPhoneNumber(input: unknown): PhoneNumberResult {
  if (typeof input !== 'string') return { valid: false, reason: 'not-a-string' };
  if (input.length > MAX_INPUT) return { valid: false, reason: 'too-long' };
  if (input.trim() === '') return { valid: false, reason: 'empty' };
  const text = readTelUri(input);
  if (text === null) return { valid: false, reason: 'not-a-number' };
  let number: PhoneNumber;
  try {
    number = parsePhoneNumberWithError(text, OPTIONS, US_METADATA);
  } catch (error) {
    return { valid: false, reason: PARSE_ERRORS[(error as Error).message] ?? 'not-a-number' };
  }
  if (!number.isValid()) return { valid: false, reason: number.isPossible() ? 'invalid-number' : 'invalid-length' };
  return {
    valid: true,
    e164: number.number,
    display: number.formatNational(),
    uri: number.getURI(),
    extension: number.ext ?? null,
    region: number.country as UsRegion,
  };
}
