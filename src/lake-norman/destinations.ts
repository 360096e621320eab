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
