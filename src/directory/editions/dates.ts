import type { CalendarDate, EditionId } from '../../core/types';

/** The id and first day of an edition. */
type EditionDates = { readonly id: EditionId; readonly effectiveFrom: CalendarDate | null };

/**
 * The seed edition's id and date: the pages as first copied, with no
 * published date.
 *
 * @internal
 * @example
 * ```ts
 * SEED_DATES.effectiveFrom; // null
 * ```
 */
export const SEED_DATES: EditionDates = { id: 'seed', effectiveFrom: null };

/**
 * The `2025-10-18` edition's id and date.
 *
 * @internal
 * @example
 * ```ts
 * DATES_2025_10_18.effectiveFrom; // '2025-10-18'
 * ```
 */
export const DATES_2025_10_18: EditionDates = { id: '2025-10-18', effectiveFrom: '2025-10-18' };

/**
 * The ids and dates of the editions, oldest first: the one place they are
 * written (each edition file takes its own from here), and enough to select
 * an edition without loading its data.
 *
 * @internal
 * @example
 * ```ts
 * EDITION_DATES.map((e) => e.id); // ['seed', '2025-10-18']
 * ```
 */
export const EDITION_DATES: readonly EditionDates[] = [SEED_DATES, DATES_2025_10_18];
