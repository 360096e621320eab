/**
 * US phone and fax numbers, as strict as libphonenumber-js `max` on US-only
 * metadata: parse, format, E.164, `tel:` URIs, and matching a number
 * against the directory's published numbers.
 *
 * @module phone
 * @categoryDescription Functions
 * Parsing, formatting and matching.
 * @categoryDescription Types
 * Parsed numbers and results.
 */
export { formatUsPhoneNumber } from './format-us-phone-number';
export { isDirectoryNumber } from './is-directory-number';
export { matchDirectoryNumber } from './match-directory-number';
export { parseUsPhoneNumber } from './parse-us-phone-number';
export { toE164 } from './to-e164';
export { toTelUri } from './to-tel-uri';
export type {
  DirectoryNumberField,
  DirectoryNumberLookup,
  DirectoryNumberMatch,
  InvalidPhoneNumber,
  PhoneInvalidReason,
  PhoneNumberResult,
  ValidPhoneNumber,
} from './types';
