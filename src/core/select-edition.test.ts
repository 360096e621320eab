import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date';
import { selectEdition } from './select-edition';
import type { CalendarDate } from './types';

const SEEDED = [
  { id: 'seed', effectiveFrom: null },
  { id: 'b', effectiveFrom: '2025-10-18' },
  { id: 'c', effectiveFrom: '2026-03-01' },
] as const;

describe('selectEdition', () => {
  it('selects the newest without a date', () => {
    expect(selectEdition(SEEDED, null).id).toBe('c');
    expect(selectEdition([SEEDED[0]], null).id).toBe('seed');
  });

  it('selects an edition from its date (included) until the next one', () => {
    expect(selectEdition(SEEDED, '2025-10-17').id).toBe('seed');
    expect(selectEdition(SEEDED, '2025-10-18').id).toBe('b');
    expect(selectEdition(SEEDED, '2026-02-28').id).toBe('b');
    expect(selectEdition(SEEDED, '2026-03-01').id).toBe('c');
    expect(selectEdition(SEEDED, '9999-12-31').id).toBe('c');
    expect(selectEdition(SEEDED, '0001-01-01').id).toBe('seed');
  });

  it('selects the first edition for a date before every dated one, dated or not', () => {
    const dated = [
      { id: 'x', effectiveFrom: '2020-01-01' },
      { id: 'y', effectiveFrom: '2021-01-01' },
    ] as const;
    expect(selectEdition(dated, '2019-12-31').id).toBe('x');
    expect(selectEdition(dated, '2020-01-01').id).toBe('x');
    expect(selectEdition(dated, '2021-01-01').id).toBe('y');
    expect(selectEdition([SEEDED[0]], '2030-01-01').id).toBe('seed');
  });

  it('returns the edition object itself, not a copy', () => {
    expect(selectEdition(SEEDED, '2025-12-01')).toBe(SEEDED[1]);
    expect(selectEdition(SEEDED, null)).toBe(SEEDED[2]);
    expect(selectEdition(SEEDED, '2000-01-01')).toBe(SEEDED[0]);
  });

  it('agrees with the last edition whose date is on or before the date', () => {
    const dayArb = fc.integer({ min: -10_000, max: 30_000 }).map((n) => addDays('2000-01-01', n));
    const editionsArb = fc
      .uniqueArray(dayArb, { minLength: 0, maxLength: 5 })
      .chain((dates) => fc.boolean().map((seed) => ({ dates: [...dates].sort(), seed })))
      .filter(({ dates, seed }) => seed || dates.length > 0)
      .map(({ dates, seed }) => [
        ...(seed ? [{ id: 'seed', effectiveFrom: null }] : []),
        ...dates.map((d) => ({ id: d, effectiveFrom: d as CalendarDate })),
      ]);
    fc.assert(
      fc.property(editionsArb, dayArb, (editions, date) => {
        const expected = editions.filter((e) => e.effectiveFrom !== null && e.effectiveFrom <= date).at(-1) ?? editions[0];
        expect(selectEdition(editions, date)).toBe(expected);
        expect(selectEdition(editions, null)).toBe(editions.at(-1));
      }),
    );
  });
});
