import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../core/calendar-date';
import { editionFor, editionOn } from './edition-for';
import { DIRECTORY_EDITIONS } from './editions';
import { listDestinations } from './list-destinations';

const SWITCH_MS = Date.UTC(2025, 9, 18, 4); // 2025-10-18 00:00 EDT
const [SEED, NEW] = DIRECTORY_EDITIONS;

describe('editionFor', () => {
  it('defaults to the newest edition without reading the clock', () => {
    expect(editionFor()).toEqual({ edition: NEW, date: null });
  });

  it('switches at 2025-10-18 midnight in America/New_York', () => {
    expect(editionFor('2025-10-17')?.edition).toBe(SEED);
    expect(editionFor('2025-10-18')?.edition).toBe(NEW);
    expect(editionFor(SWITCH_MS - 1)).toEqual({ edition: SEED, date: '2025-10-17' });
    expect(editionFor(SWITCH_MS)).toEqual({ edition: NEW, date: '2025-10-18' });
    expect(editionFor('2025-10-18T00:30:00+01:00')?.edition).toBe(SEED); // 2025-10-17 19:30 EDT
    expect(editionFor('2025-10-17T23:30:00-05:00')?.edition).toBe(NEW); // 2025-10-18 00:30 EDT
    expect(editionFor(new Date(SWITCH_MS))?.edition).toBe(NEW);
    expect(editionFor('1900-01-01')?.edition).toBe(SEED);
    expect(editionFor('9999-12-31')?.edition).toBe(NEW);
  });

  it('returns null for an invalid asOf', () => {
    for (const bad of ['2025-02-30', 'soon', '2025-10-18T12:00', Number.NaN, new Date(Number.NaN), Date.UTC(2300, 0, 1)]) {
      expect(editionFor(bad)).toBeNull();
    }
  });
});

describe('editionOn', () => {
  it('selects the edition in force on a parsed date, the newest without one', () => {
    expect(editionOn(null)).toBe(NEW);
    expect(editionOn('2025-10-17')).toBe(SEED);
    expect(editionOn('2025-10-18')).toBe(NEW);
    expect(editionOn('1900-01-01')).toBe(SEED);
    expect(editionOn('9999-12-31')).toBe(NEW);
    expect(editionFor('2025-10-17')?.edition).toBe(editionOn('2025-10-17'));
  });
});

describe('editionFor properties', () => {
  const dayArb = fc.integer({ min: -40_000, max: 60_000 }).map((n) => addDays('1970-01-01', n));

  it('exactly one edition is in force per date, per destination', () => {
    fc.assert(
      fc.property(dayArb, (date) => {
        const found = editionFor(date);
        const inForce = DIRECTORY_EDITIONS.filter((e) => (e.effectiveFrom ?? '0000-00-00') <= date).at(-1);
        expect(found?.edition).toBe(inForce);
        expect(found?.edition.id).toBe(date < '2025-10-18' ? 'seed' : '2025-10-18');
        const list = listDestinations({ asOf: date });
        if (!list.success) throw new Error('refused');
        const ids = list.destinations.map((d) => d.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it('an instant selects the edition of its date in America/New_York, in every process time zone', () => {
    const saved = process.env.TZ;
    try {
      fc.assert(
        fc.property(fc.integer({ min: SWITCH_MS - 2 * 86_400_000, max: SWITCH_MS + 2 * 86_400_000 }), fc.constantFrom('UTC', 'Asia/Kolkata', 'Pacific/Chatham', 'Pacific/Pago_Pago'), (ms, tz) => {
          process.env.TZ = tz;
          expect(editionFor(ms)?.edition.id).toBe(ms >= SWITCH_MS ? '2025-10-18' : 'seed');
          expect(editionFor(new Date(ms).toISOString())?.edition.id).toBe(ms >= SWITCH_MS ? '2025-10-18' : 'seed');
        }),
      );
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
