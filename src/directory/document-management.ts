import type { EditionId } from '../core/types';
import { DOCUMENT_MANAGEMENT_CONTACT, type DestinationContact } from './destinations/document-management';

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
export const DOCUMENT_MANAGEMENT_BY_EDITION: Readonly<Record<EditionId, DestinationContact>> = {
  seed: DOCUMENT_MANAGEMENT_CONTACT,
  '2025-10-18': DOCUMENT_MANAGEMENT_CONTACT,
};
