import type { CalendarDate } from './types';

/**
 * The one edition selector: the edition in force on `date`, from editions
 * listed in date order whose first (the seed) may have no date. An edition
 * is in force from its `effectiveFrom` (included) until the next one's; a
 * date before every dated edition selects the first. Without a date
 * (`null`), the newest.
 *
 * @param editions - the editions, oldest first (at least one)
 * @param date - the calendar date, or `null` for the newest
 * @returns the edition in force
 * @internal
 * @example
 * ```ts
 * const editions = [{ id: 'seed', effectiveFrom: null }, { id: 'b', effectiveFrom: '2025-10-18' }] as const;
 * selectEdition(editions, '2025-10-17').id; // 'seed'
 * selectEdition(editions, '2025-10-18').id; // 'b'
 * selectEdition(editions, null).id; // 'b'
 * ```
 */
export function selectEdition<E extends { readonly effectiveFrom: CalendarDate | null }>(editions: readonly E[], date: CalendarDate | null): E {
  if (date === null) return editions[editions.length - 1] as E;
  let found = editions[0] as E;
  for (const edition of editions) {
    if (edition.effectiveFrom !== null && edition.effectiveFrom <= date) found = edition;
  }
  return found;
}
