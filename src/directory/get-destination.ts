import { inputIssue } from '../core/parse-input';
import { parseOptions } from '../core/parse-options';
import type { AsOf, Locale, ParseFailure } from '../core/types';
import { DIRECTORY_EDITIONS } from './editions';
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

/** Every destination id of any edition: what a lookup may name. */
const KNOWN_IDS: readonly unknown[] = /* @__PURE__ */ (() => [...new Set(DIRECTORY_EDITIONS.flatMap((e) => e.destinations.map((d) => d.id)))])();

/**
 * Looks up a department in the edition in force on `asOf`.
 *
 * @param id - the destination
 * @param options - `asOf` (default: newest edition) and `locale`
 * @returns the edition and the destination (`null` when that edition has no
 *   such department, though another edition has), or issues: `['id']`
 *   `unknown_id` for an id no edition knows (a typo), `invalid_type` for a
 *   value that is not a string; `['options', …]` for an invalid `asOf`
 *
 * @category Directory
 * @example
 * ```ts
 * import { getDestination } from 'duke-records-rules';
 * const r = getDestination('lake-norman-medical-records', { asOf: '2025-06-01' });
 * if (r.success) r.destination?.fax?.display; // '(704) 660-4038'
 * getDestination('duke-document-managment' as never).success; // false: unknown_id
 * ```
 */
export function getDestination(id: DestinationId, options: DirectoryOptions = {}): DestinationLookup {
  const parsed = parseOptions(options);
  if (!parsed.success) return parsed;
  if (!KNOWN_IDS.includes(id))
    return { success: false, issues: [inputIssue(['id'], typeof id === 'string' ? 'unknown_id' : 'invalid_type', parsed.locale)] };
  const found = editionFor(parsed.asOf ?? undefined) as NonNullable<ReturnType<typeof editionFor>>;
  const destination = found.edition.destinations.find((d) => d.id === id) ?? null;
  return { success: true, edition: found.edition, destination };
}
