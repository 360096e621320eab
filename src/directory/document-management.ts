import type { CalendarDate, EditionId } from '../core/types';
import { DOCUMENT_MANAGEMENT_CONTACT } from './destinations/document-management';
import type { Destination } from './types';

/**
 * How to reach Document Management in each edition of the directory (its
 * phone, fax, mailing address and hours; a test holds this table to the
 * entries of `DIRECTORY_EDITIONS`): what the to-Duke functions read, so
 * that they carry neither the Lake Norman destinations nor the rest of the
 * entry. The page has no newer edition, so the seed contact is in force in
 * every edition.
 *
 * @internal
 * @example
 * ```ts
 * DOCUMENT_MANAGEMENT_BY_EDITION['2025-10-18'].fax?.display; // '(919) 620-5165'
 * ```
 */
export const DOCUMENT_MANAGEMENT_BY_EDITION: Readonly<Record<EditionId, Pick<Destination, 'phone' | 'fax' | 'mailingAddress' | 'hours'>>> = {
  seed: DOCUMENT_MANAGEMENT_CONTACT,
  '2025-10-18': DOCUMENT_MANAGEMENT_CONTACT,
};

/**
 * The dates of the editions, oldest first (a test holds them to
 * `DIRECTORY_EDITIONS`): enough to select an edition without its data.
 *
 * @internal
 * @example
 * ```ts
 * EDITION_DATES.map((e) => e.id); // ['seed', '2025-10-18']
 * ```
 */
export const EDITION_DATES: readonly { readonly id: EditionId; readonly effectiveFrom: CalendarDate | null }[] = [
  { id: 'seed', effectiveFrom: null },
  { id: '2025-10-18', effectiveFrom: '2025-10-18' },
];
