import { DOCUMENT_MANAGEMENT } from '../destinations/document-management';
import { LAKE_NORMAN_SEED } from '../destinations/lake-norman-seed';
import type { DirectoryEdition } from '../types';
import { SEED_DATES } from './dates';

/**
 * The seed edition: the pages as first copied (no published date).
 *
 * @internal
 * @example
 * ```ts
 * SEED_EDITION.effectiveFrom; // null
 * ```
 */
export const SEED_EDITION: DirectoryEdition = /* @__PURE__ */ (() => ({
  ...SEED_DATES,
  summary: 'The "Send Your Medical Records to Duke Health" and Lake Norman pages as first copied.',
  destinations: [DOCUMENT_MANAGEMENT, LAKE_NORMAN_SEED],
}))();
