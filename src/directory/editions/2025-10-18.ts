import { DOCUMENT_MANAGEMENT } from '../destinations/document-management';
import { LAKE_NORMAN_2025 } from '../destinations/lake-norman-2025';
import { RELEASE_OF_INFORMATION } from '../destinations/release-of-information';
import type { DirectoryEdition } from '../types';
import { DATES_2025_10_18 } from './dates';

/**
 * The `2025-10-18` edition: the Lake Norman page from the day its visits
 * moved into My Duke Health; Document Management unchanged.
 *
 * @internal
 * @example
 * ```ts
 * EDITION_2025_10_18.effectiveFrom; // '2025-10-18'
 * ```
 */
export const EDITION_2025_10_18: DirectoryEdition = /* @__PURE__ */ (() => ({
  ...DATES_2025_10_18,
  summary:
    'Lake Norman visits are in My Duke Health from 2025-10-18; completed request forms go to Duke Release of Information.',
  destinations: [DOCUMENT_MANAGEMENT, LAKE_NORMAN_2025, RELEASE_OF_INFORMATION],
}))();
