import { parseOptions } from '../core/parse-options';
import type { AsOf, Locale, ParseFailure } from '../core/types';
import { editionFor } from './edition-for';
import type { Destination, DestinationId, DirectoryEdition } from './types';

/**
 * Options of the directory lookups.
 *
 * @category Directory
 * @example
 * ```ts
 * import type { DirectoryOptions } from 'duke-records-rules';
 * import { es } from 'duke-records-rules/locales/es';
 * const o: DirectoryOptions = { asOf: '2025-01-01', locale: es };
 * ```
 */
export interface DirectoryOptions {
  /** The date the lookup is about; omitted: the newest edition. */
  readonly asOf?: AsOf;
  /** Language of issue messages. */
  readonly locale?: Locale;
}

/**
 * Result of {@link getDestination}.
 *
 * @category Directory
 * @example
 * ```ts
 * import { getDestination } from 'duke-records-rules';
 * const r = getDestination('duke-release-of-information', { asOf: '2025-01-01' });
 * r.success; // true
 * if (r.success) r.destination; // null: not in the seed edition
 * ```
 */
export type DestinationLookup =
  | { readonly success: true; readonly edition: DirectoryEdition; readonly destination: Destination | null }
  | ParseFailure;

/**
 * Looks up a department in the edition in force on `asOf`.
 *
 * @param id - the destination
 * @param options - `asOf` (default: newest edition) and `locale`
 * @returns the edition and the destination (`null` when that edition has no
 *   such department or the id is unknown), or issues for an invalid `asOf`
 *
 * @category Directory
 * @example
 * ```ts
 * import { getDestination } from 'duke-records-rules';
 * const r = getDestination('lake-norman-medical-records', { asOf: '2025-06-01' });
 * if (r.success) r.destination?.fax?.display; // '(704) 660-4038'
 * ```
 */
export function getDestination(id: DestinationId, options: DirectoryOptions = {}): DestinationLookup {
  const parsed = parseOptions(options);
  if (!parsed.success) return parsed;
  const found = editionFor(parsed.asOf ?? undefined) as NonNullable<ReturnType<typeof editionFor>>;
  const destination = found.edition.destinations.find((d) => d.id === id) ?? null;
  return { success: true, edition: found.edition, destination };
}
