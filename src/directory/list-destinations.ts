import { parseOptions } from '../core/parse-options';
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
 * @category Directory
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
  const parsed = parseOptions(options);
  if (!parsed.success) return parsed;
  const found = editionFor(parsed.asOf ?? undefined) as NonNullable<ReturnType<typeof editionFor>>;
  return { success: true, edition: found.edition, destinations: found.edition.destinations };
}
