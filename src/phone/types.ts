import type { EditionId } from '../core/types';
import type { DestinationId } from '../directory/types';

/**
 * Why a phone or fax number is not a valid US number:
 * - `not-a-string`: the input is not a string;
 * - `empty`: blank;
 * - `too-long`: over 250 characters, or more digits than any phone number has;
 * - `not-a-number`: no phone number in it (letters, stray symbols…);
 * - `too-short`: too few digits to be a phone number;
 * - `not-us`: the number has another country calling code (`+44 …`);
 * - `invalid-length`: a North American number must have 10 digits;
 * - `invalid-number`: 10 digits, but not a number of the US numbering plan
 *   (an unassigned area code such as `555`, an exchange starting with 0 or
 *   1, or a number of another North American country such as Canada; the
 *   numbers of the US territories are US numbers).
 *
 * A `tel:` URI that {@link parseUsPhoneNumber} refuses (a local number, a
 * `phone-context`, a parameter given twice, outside RFC 3966's grammar) is
 * `not-a-number`.
 *
 * @category Types
 * @example
 * ```ts
 * import type { PhoneInvalidReason } from 'duke-records-rules/phone';
 * const r: PhoneInvalidReason = 'invalid-number';
 * ```
 */
export type PhoneInvalidReason =
  | 'not-a-string'
  | 'empty'
  | 'too-long'
  | 'not-a-number'
  | 'too-short'
  | 'not-us'
  | 'invalid-length'
  | 'invalid-number';

/**
 * Where a valid US number is: the United States (`US`), or one of the US
 * territories that share calling code 1: Puerto Rico (`PR`), US Virgin
 * Islands (`VI`), Guam (`GU`), American Samoa (`AS`), Northern Mariana
 * Islands (`MP`). Toll-free and other non-geographic numbers are `US`.
 *
 * @category Types
 * @example
 * ```ts
 * import type { UsRegion } from 'duke-records-rules/phone';
 * const r: UsRegion = 'PR';
 * ```
 */
export type UsRegion = 'US' | 'PR' | 'VI' | 'GU' | 'AS' | 'MP';

/**
 * A valid US phone or fax number in its three written forms, and its region. `e164` and
 * `display` have the shape of the directory's `PhoneNumber`.
 *
 * @category Types
 * @example
 * ```ts
 * import { parseUsPhoneNumber } from 'duke-records-rules/phone';
 * const r = parseUsPhoneNumber('704.660.4038');
 * if (r.valid) r.uri; // 'tel:+17046604038'
 * ```
 */
export interface ValidPhoneNumber {
  readonly valid: true;
  /** E.164 form, e.g. `+17046604038` (without the extension). */
  readonly e164: string;
  /** National display form, e.g. `(704) 660-4038` (` ext. 12` appended when there is one). */
  readonly display: string;
  /** RFC 3966 `tel:` URI, e.g. `tel:+17046604038` (`;ext=12` appended when there is one). */
  readonly uri: string;
  /** The extension, when one was given (`x12`, `ext. 12`, `;ext=12`), else `null`. */
  readonly extension: string | null;
  /** The United States or the US territory the number belongs to (ISO 3166-1 code). */
  readonly region: UsRegion;
}

/**
 * A number that is not a valid US number, and why. The input is never
 * echoed.
 *
 * @category Types
 * @example
 * ```ts
 * import { parseUsPhoneNumber } from 'duke-records-rules/phone';
 * parseUsPhoneNumber('555-123-4567'); // { valid: false, reason: 'invalid-number' }
 * ```
 */
export interface InvalidPhoneNumber {
  readonly valid: false;
  readonly reason: PhoneInvalidReason;
}

/**
 * Result of {@link parseUsPhoneNumber}: told apart by `valid`.
 *
 * @category Types
 * @example
 * ```ts
 * import { parseUsPhoneNumber, type PhoneNumberResult } from 'duke-records-rules/phone';
 * const r: PhoneNumberResult = parseUsPhoneNumber('(919) 684-6178');
 * r.valid; // true
 * ```
 */
export type PhoneNumberResult = ValidPhoneNumber | InvalidPhoneNumber;

/**
 * Which of a department's numbers a number is.
 *
 * @category Types
 * @example
 * ```ts
 * import type { DirectoryNumberField } from 'duke-records-rules/phone';
 * const f: DirectoryNumberField = 'fax';
 * ```
 */
export type DirectoryNumberField = 'phone' | 'fax';

/**
 * One place a number appears in the directory: the edition, the department
 * and whether it is its phone or its fax number.
 *
 * @category Types
 * @example
 * ```ts
 * import type { DirectoryNumberMatch } from 'duke-records-rules/phone';
 * const m: DirectoryNumberMatch = { edition: 'seed', destination: 'lake-norman-medical-records', field: 'fax' };
 * ```
 */
export interface DirectoryNumberMatch {
  readonly edition: EditionId;
  readonly destination: DestinationId;
  readonly field: DirectoryNumberField;
}

/**
 * Result of {@link matchDirectoryNumber}: an invalid number and why, or
 * the valid number's E.164 form and every place it appears in the
 * directory (empty when none).
 *
 * @category Types
 * @example
 * ```ts
 * import { matchDirectoryNumber } from 'duke-records-rules/phone';
 * const r = matchDirectoryNumber('919-620-5165');
 * if (r.valid) r.matches.length; // 3
 * ```
 */
export type DirectoryNumberLookup =
  | { readonly valid: true; readonly e164: string; readonly matches: readonly DirectoryNumberMatch[] }
  | InvalidPhoneNumber;
