import { type PhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js/core';
import type { PhoneInvalidReason, PhoneNumberResult } from './types';
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
 * whole input must be the number (no text around it); the usual ways of
 * writing it are accepted (`704-660-4038`, `(704) 660-4038`,
 * `+1 704 660 4038`, `1.704.660.4038`), with an optional extension (`x12`,
 * `ext. 12`). Never throws.
 *
 * @param input - the number as typed (anything is accepted)
 * @returns the E.164, display and `tel:` forms, or `{ valid: false, reason }`
 *
 * @category Functions
 * @example
 * ```ts
 * import { parseUsPhoneNumber } from 'duke-records-rules/phone';
 * parseUsPhoneNumber('704-660-4038');
 * // { valid: true, e164: '+17046604038', display: '(704) 660-4038', uri: 'tel:+17046604038', extension: null }
 * parseUsPhoneNumber('555-123-4567'); // { valid: false, reason: 'invalid-number' }
 * parseUsPhoneNumber('+44 20 7946 0958'); // { valid: false, reason: 'not-us' }
 * ```
 */
export function parseUsPhoneNumber(input: unknown): PhoneNumberResult {
  if (typeof input !== 'string') return { valid: false, reason: 'not-a-string' };
  if (input.length > MAX_INPUT) return { valid: false, reason: 'too-long' };
  if (input.trim() === '') return { valid: false, reason: 'empty' };
  let number: PhoneNumber;
  try {
    number = parsePhoneNumberWithError(input, OPTIONS, US_METADATA);
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
  };
}
