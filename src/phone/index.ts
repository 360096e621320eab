/**
 * US phone and fax numbers (the US territories of calling code 1 included),
 * as strict as libphonenumber-js `max` on their metadata alone: parse
 * (`tel:` URIs included), format, E.164, `tel:` URIs, and matching a number
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
  UsRegion,
  ValidPhoneNumber,
} from './types';
