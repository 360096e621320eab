import type { CalendarDate, EditionId } from '../core/types';
import { DOCUMENT_MANAGEMENT_CARD } from './destinations/document-management';
import { LAKE_NORMAN_2025_CARD } from './destinations/lake-norman-2025';
import { LAKE_NORMAN_SEED_CARD } from './destinations/lake-norman-seed';
import { RELEASE_OF_INFORMATION_CARD } from './destinations/release-of-information';
import { DATES_2025_10_18, SEED_DATES } from './editions/dates';
import type { DestinationCard } from './types';

/**
 * One edition of the directory as cards: its id, first day and the card of
 * each destination, in the order of the edition's entries.
 *
 * @internal
 * @example
 * ```ts
 * const e: CardEdition = CARD_EDITIONS[0]!;
 * ```
 */
export interface CardEdition {
  readonly id: EditionId;
  readonly effectiveFrom: CalendarDate | null;
  readonly cards: readonly DestinationCard[];
}

/**
 * Every edition of the directory as cards (who each department is and how
 * to reach it), oldest first; a test holds it to `DIRECTORY_EDITIONS`.
 * What the FHIR directory reads, so that it carries none of the entries'
 * prose (reasons, portals, forms).
 *
 * @internal
 * @example
 * ```ts
 * CARD_EDITIONS.map((e) => e.cards.length); // [2, 3]
 * ```
 */
export const CARD_EDITIONS: readonly CardEdition[] = /* @__PURE__ */ (() => [
  { ...SEED_DATES, cards: [DOCUMENT_MANAGEMENT_CARD, LAKE_NORMAN_SEED_CARD] },
  { ...DATES_2025_10_18, cards: [DOCUMENT_MANAGEMENT_CARD, LAKE_NORMAN_2025_CARD, RELEASE_OF_INFORMATION_CARD] },
])();
