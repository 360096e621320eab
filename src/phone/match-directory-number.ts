import { DIRECTORY_NUMBERS } from './directory-numbers';
import { parseUsPhoneNumber } from './parse-us-phone-number';
import type { DirectoryNumberLookup } from './types';

/**
 * Finds where a phone or fax number appears in the directory: in which
 * edition, for which department, as its phone or its fax number. Lets an
 * app warn "this is not the Lake Norman fax" before records go out. The
 * number is compared in E.164 form (an extension is ignored), so any way of
 * writing it matches.
 *
 * @param input - the number as typed (anything is accepted)
 * @returns the number's E.164 form and its matches (oldest edition first,
 *   empty when it is not in the directory), or `{ valid: false, reason }`
 *
 * @category Functions
 * @example
 * ```ts
 * import { matchDirectoryNumber } from 'duke-records-rules/phone';
 * matchDirectoryNumber('704.660.4038');
 * // { valid: true, e164: '+17046604038',
 * //   matches: [{ edition: 'seed', destination: 'lake-norman-medical-records', field: 'fax' }] }
 * matchDirectoryNumber('(704) 660-4000'); // { valid: true, e164: '+17046604000', matches: [] }
 * ```
 */
export function matchDirectoryNumber(input: unknown): DirectoryNumberLookup {
  const parsed = parseUsPhoneNumber(input);
  if (!parsed.valid) return parsed;
  const matches = DIRECTORY_NUMBERS.filter((n) => n.e164 === parsed.e164).map(({ edition, destination, field }) => ({ edition, destination, field }));
  return { valid: true, e164: parsed.e164, matches };
}
