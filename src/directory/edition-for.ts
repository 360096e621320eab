import { resolveAsOf } from '../core/calendar-date';
import { selectEdition } from '../core/select-edition';
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
 * @category Directory
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
  if (asOf === undefined) return { edition: editionOn(null), date: null };
  const date = resolveAsOf(asOf);
  return date === null ? null : { edition: editionOn(date), date };
}

/**
 * The directory edition in force on an already parsed calendar date, the
 * newest without one.
 *
 * @param date - the calendar date (America/New_York), or `null`
 * @returns the edition
 * @internal
 * @example
 * ```ts
 * editionOn('2025-10-17').id; // 'seed'
 * editionOn(null).id; // '2025-10-18'
 * ```
 */
export function editionOn(date: CalendarDate | null): DirectoryEdition {
  return selectEdition(DIRECTORY_EDITIONS, date);
}
