import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from './day-number';

describe('dayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2024-02-29')).toBe(19_782);
    expect(dayNumber('0100-01-01')).toBe(-683_003);
    expect(dayNumber('9999-12-31')).toBe(2_932_896);
  });

  it('is NaN for impossible dates and other text', () => {
    for (const v of ['2026-02-29', '2100-02-29', '2026-13-01', '2026-00-10', '2026-01-00', '2026-04-31', '0050-01-01', '2026-1-01', '2026-01-01T00:00Z', '', 20260101, null]) {
      expect(dayNumber(v), String(v)).toBeNaN();
    }
  });

  it('reads a date only from the start of the text', () => {
    expect(dayNumber('x2026-01-01')).toBeNaN();
    expect(dayNumber('12026-01-01')).toBeNaN();
  });

  it('round-trips every date of years 0100 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -683_003, max: 2_932_896 }), (day) => {
        expect(dayNumber(new Date(day * 86_400_000).toISOString().slice(0, 10))).toBe(day);
      }),
    );
  });
});
