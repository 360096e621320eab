import { inputIssue } from '../core/parse-input';
import type { ParseFailure } from '../core/types';
import { editionFor } from './edition-for';
import type { DirectoryOptions } from './get-destination';
import type { Destination, DirectoryEdition } from './types';

/**
 * Every department of the edition in force on `asOf`.
 *
 * @param options - `asOf` (default: newest edition) and `locale`
 * @returns the edition and its destinations, or issues for an invalid `asOf`
 *
 * @example
 * ```ts
 * import { listDestinations } from 'duke-records-rules';
 * const r = listDestinations({ asOf: '2024-01-01' });
 * if (r.success) r.destinations.map((d) => d.id);
 * // ['duke-document-management', 'lake-norman-medical-records']
 * ```
 */
export function listDestinations(
  options: DirectoryOptions = {},
): { readonly success: true; readonly edition: DirectoryEdition; readonly destinations: readonly Destination[] } | ParseFailure {
  const found = editionFor(options.asOf);
  if (found === null) return { success: false, issues: [inputIssue(['asOf'], 'invalid_as_of', options.locale)] };
  return { success: true, edition: found.edition, destinations: found.edition.destinations };
}
