import type { CalendarDate } from '../core/types';
import { DIRECTORY_EDITIONS } from '../directory/editions';
import type { Destination, DirectoryEdition } from '../directory/types';

/**
 * The Lake Norman Medical Records entry of an edition (every edition has
 * one: it holds the forms, the portals and the online request).
 *
 * @internal
 * @example
 * ```ts
 * lakeNormanEntry(DIRECTORY_EDITIONS[0]).fax?.display; // '(704) 660-4038'
 * ```
 */
export function lakeNormanEntry(edition: DirectoryEdition): Destination {
  return edition.destinations.find((d) => d.id === 'lake-norman-medical-records') as Destination;
}

/**
 * Where completed request forms go in an edition: the department that
 * handles `completed-request-forms` (Release of Information from
 * 2025-10-18), else the one that handles `records-requests` (Lake Norman
 * Medical Records in the seed).
 *
 * @internal
 * @example
 * ```ts
 * formsDestination(DIRECTORY_EDITIONS[1]).id; // 'duke-release-of-information'
 * ```
 */
export function formsDestination(edition: DirectoryEdition): Destination {
  return (edition.destinations.find((d) => d.handles.includes('completed-request-forms')) ?? lakeNormanEntry(edition)) as Destination;
}

/**
 * The edition in force on an already parsed date (`null`: the newest), as
 * `editionFor` chooses it, without parsing the date again.
 *
 * @internal
 * @example
 * ```ts
 * editionOn('2025-10-17').id; // 'seed'
 * editionOn(null).id; // '2025-10-18'
 * ```
 */
export function editionOn(date: CalendarDate | null): DirectoryEdition {
  if (date === null) return DIRECTORY_EDITIONS[DIRECTORY_EDITIONS.length - 1] as DirectoryEdition;
  // The editions are in date order; only the first (the seed) has no date.
  let found = DIRECTORY_EDITIONS[0] as DirectoryEdition;
  for (let i = 1; i < DIRECTORY_EDITIONS.length; i++) {
    const edition = DIRECTORY_EDITIONS[i] as DirectoryEdition;
    if ((edition.effectiveFrom as CalendarDate) <= date) found = edition;
  }
  return found;
}
