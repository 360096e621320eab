import { matchDirectoryNumber } from './match-directory-number';
import type { DirectoryNumberMatch } from './types';

/**
 * Whether a number is one of the directory's numbers, optionally narrowed
 * to an edition, a department and/or the phone or fax field. Invalid input
 * is not a directory number. `where` may be omitted (or `null`); any other
 * value that is not an object whose parts can be read answers `false`.
 * Never throws.
 *
 * @param input - the number as typed (anything is accepted)
 * @param where - what must match (omitted parts match anything)
 * @returns `true` when the number appears in the directory as asked
 *
 * @category Functions
 * @example
 * ```ts
 * import { isDirectoryNumber } from 'duke-records-rules/phone';
 * isDirectoryNumber('(704) 660-4038', { destination: 'lake-norman-medical-records', field: 'fax' }); // true
 * isDirectoryNumber('(704) 660-4035', { destination: 'lake-norman-medical-records', field: 'fax' }); // false: its phone
 * isDirectoryNumber('(919) 620-5165'); // true
 * ```
 */
export function isDirectoryNumber(input: unknown, where?: Partial<DirectoryNumberMatch> | null): boolean {
  let edition: unknown;
  let destination: unknown;
  let field: unknown;
  if (where !== undefined && where !== null) {
    if (typeof where !== 'object') return false;
    try {
      ({ edition, destination, field } = where);
    } catch {
      return false;
    }
  }
  const found = matchDirectoryNumber(input);
  return (
    found.valid &&
    found.matches.some(
      (m) =>
        (edition === undefined || m.edition === edition) &&
        (destination === undefined || m.destination === destination) &&
        (field === undefined || m.field === field),
    )
  );
}
