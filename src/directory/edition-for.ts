import { resolveAsOf } from '../core/calendar-date';
import type { AsOf, CalendarDate } from '../core/types';
import { DIRECTORY_EDITIONS } from './editions';
import type { DirectoryEdition } from './types';

/**
 * The edition in force on a date, or `null` when `asOf` is not a valid
 * date or instant. Without `asOf`, the newest edition in the data (the
 * library never reads the clock). An instant is read as a date in
 * America/New_York, so the 2025-10-18 edition starts at midnight Eastern.
 *
 * @param asOf - a `YYYY-MM-DD` date, a `Date`, epoch milliseconds, or an ISO
 *   date-time with an offset; omitted for the newest edition
 * @returns the edition and the date it was chosen for (`null` when `asOf`
 *   was omitted), or `null` for an invalid `asOf`
 *
 * @example
 * ```ts
 * import { editionFor } from 'duke-records-rules';
 * editionFor('2025-10-17')?.edition.id; // 'seed'
 * editionFor('2025-10-18T04:00:00Z')?.edition.id; // '2025-10-18' (midnight EDT)
 * editionFor()?.edition.id; // '2025-10-18'
 * editionFor('soon'); // null
 * ```
 */
export function editionFor(asOf?: AsOf): { readonly edition: DirectoryEdition; readonly date: CalendarDate | null } | null {
  const newest = DIRECTORY_EDITIONS[DIRECTORY_EDITIONS.length - 1] as DirectoryEdition;
  if (asOf === undefined) return { edition: newest, date: null };
  const date = resolveAsOf(asOf);
  if (date === null) return null;
  let found = DIRECTORY_EDITIONS[0] as DirectoryEdition;
  for (const edition of DIRECTORY_EDITIONS) {
    if (edition.effectiveFrom !== null && edition.effectiveFrom <= date) found = edition;
  }
  return { edition: found, date };
}
