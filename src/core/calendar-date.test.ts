import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  civilFromDays,
  dateInRulesZone,
  daysFromCivil,
  isCalendarDate,
  resolveAsOf,
  toDayNumber,
} from './calendar-date';
import type { CalendarDate } from './types';

const utcDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

describe('daysFromCivil / civilFromDays', () => {
  it('agrees with Date.UTC on known days', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 3, 1)).toBe(Date.UTC(2000, 2, 1) / 864e5);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(civilFromDays(0)).toBe('1970-01-01');
    expect(civilFromDays(-1)).toBe('1969-12-31');
    expect(civilFromDays(19_000)).toBe(utcDate(19_000 * 864e5));
  });

  it('gets the last day of each 400-year era right (the one day the era correction changes)', () => {
    for (const year of [1600, 2000, 2400]) {
      const days = daysFromCivil(year, 2, 29);
      expect(civilFromDays(days)).toBe(`${year}-02-29`);
      expect(civilFromDays(days + 1)).toBe(`${year}-03-01`);
      expect(utcDate(days * 864e5)).toBe(`${year}-02-29`);
    }
  });

  it('round-trips and matches Date.UTC for every day from 0001 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1, 1, 1), max: daysFromCivil(9999, 12, 31) }), (days) => {
        const date = civilFromDays(days);
        expect(toDayNumber(date)).toBe(days);
        if (days * 864e5 >= Date.UTC(100, 0, 1)) expect(date).toBe(utcDate(days * 864e5));
      }),
    );
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-00-10')).toBe(false);
    expect(isCalendarDate('2025-04-31')).toBe(false);
    expect(isCalendarDate('0000-01-01')).toBe(false);
    expect(isCalendarDate('0001-01-01')).toBe(true);
    expect(isCalendarDate('2025-1-01')).toBe(false);
    expect(isCalendarDate(' 2025-01-01')).toBe(false);
    expect(isCalendarDate(20250101)).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
    expect(isCalendarDate('2025-01-0a')).toBe(false);
    expect(isCalendarDate('2025/01/01')).toBe(false);
    expect(isCalendarDate('2025-01-01\n')).toBe(false);
    expect(isCalendarDate('٢٠٢٥-01-01')).toBe(false);
  });

  it('agrees with a reading by regular expression and Date.UTC on any near-date string', () => {
    const reference = (s: string): boolean => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (!m) return false;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const t = new Date(0);
      t.setUTCFullYear(y, mo - 1, d);
      return y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
    };
    const char = fc.constantFrom(...'0123456789-/ a'.split(''));
    const nearDate = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
        ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
      fc.array(char, { minLength: 8, maxLength: 12 }).map((cs) => cs.join('')),
      fc.string(),
    );
    fc.assert(fc.property(nearDate, (s) => isCalendarDate(s) === reference(s)), { numRuns: 2000 });
  });
});

describe('addDays / addMonths / ageOn', () => {
  it('adds days across months and leap years', () => {
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('adds months, clamping the day', () => {
    expect(addMonths('2025-10-18', 12)).toBe('2026-10-18');
    expect(addMonths('2025-10-18', 18)).toBe('2027-04-18');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonths('2025-11-30', 1)).toBe('2025-12-30');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });

  it('computes whole years of age', () => {
    expect(ageOn('2008-11-25', '2026-11-25')).toBe(18);
    expect(ageOn('2008-11-26', '2026-11-25')).toBe(17);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});

describe('resolveAsOf', () => {
  it('takes calendar dates as they are', () => {
    expect(resolveAsOf('2025-10-18')).toBe('2025-10-18');
  });

  it('reads instants in America/New_York', () => {
    expect(resolveAsOf('2025-10-18T03:59:59Z')).toBe('2025-10-17');
    expect(resolveAsOf('2025-10-18T04:00:00Z')).toBe('2025-10-18');
    expect(resolveAsOf('2025-10-18T00:00:00-04:00')).toBe('2025-10-18');
    expect(resolveAsOf('2026-01-15T04:59:00.123Z')).toBe('2026-01-14');
    expect(resolveAsOf(Date.UTC(2026, 0, 15, 5, 0))).toBe('2026-01-15');
    expect(resolveAsOf(new Date(Date.UTC(2026, 6, 4, 3, 0)))).toBe('2026-07-03');
  });

  it('refuses anything else', () => {
    for (const bad of [
      'yesterday',
      '2025-02-30',
      '2025-10-18T10:00:00',
      '2025-02-30T10:00:00Z',
      `2025-10-18T10:00:00Z${' '.repeat(50)}`,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Date.UTC(1899, 11, 31),
      Date.UTC(2200, 0, 2),
      new Date(Number.NaN),
      {},
      null,
      true,
    ]) {
      expect(resolveAsOf(bad)).toBeNull();
    }
  });

  it('accepts the bounds of its range', () => {
    expect(resolveAsOf(Date.UTC(1900, 0, 1, 12))).toBe('1900-01-01');
    expect(resolveAsOf(Date.UTC(2200, 0, 1))).toBe('2199-12-31');
  });

  it('survives a Date whose getTime throws', () => {
    const hostile = new Date(0);
    Object.defineProperty(hostile, 'getTime', {
      value: () => {
        throw new Error('boom');
      },
    });
    expect(resolveAsOf(hostile)).toBeNull();
  });

  it('agrees with an Intl oracle on random instants, whatever the host zone', () => {
    const oracle = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2199, 11, 31) }), (ms) => {
        expect(resolveAsOf(ms)).toBe(oracle.format(ms));
        expect(dateInRulesZone(ms)).toBe(oracle.format(ms) as CalendarDate);
      }),
    );
  });
});

describe('isCalendarDate against Date.UTC', () => {
  it('agrees with a Date round-trip on random strings of the right shape', () => {
    const pad = (n: number, w: number): string => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const date = new Date(0);
        date.setUTCFullYear(y, m - 1, d);
        const real = y >= 1 && m >= 1 && m <= 12 && d >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        expect(isCalendarDate(text)).toBe(real);
      }),
      { numRuns: 2000 },
    );
  });
});
