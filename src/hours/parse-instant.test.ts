import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOURS_LIMITS } from './limits';
import { toEpochMs } from './parse-instant';

const MIN = Date.UTC(1900, 0, 1);
const MAX = Date.UTC(2200, 0, 1);

describe('toEpochMs', () => {
  it('documents the accepted range', () => {
    expect(HOURS_LIMITS.minInstant).toBe(MIN);
    expect(HOURS_LIMITS.maxInstant).toBe(MAX);
  });

  it('takes integer epoch milliseconds inside the range, both ends included', () => {
    expect(toEpochMs(0)).toBe(0);
    expect(Object.is(toEpochMs(-0), 0)).toBe(true);
    expect(toEpochMs(MIN)).toBe(MIN);
    expect(toEpochMs(MAX)).toBe(MAX);
    expect(toEpochMs(MIN - 1)).toBeNull();
    expect(toEpochMs(MAX + 1)).toBeNull();
    expect(toEpochMs(1.5)).toBeNull();
    expect(toEpochMs(Number.NaN)).toBeNull();
    expect(toEpochMs(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('takes Dates, and refuses invalid or fake ones without throwing', () => {
    expect(toEpochMs(new Date(Date.UTC(2026, 10, 2, 13)))).toBe(Date.UTC(2026, 10, 2, 13));
    expect(toEpochMs(new Date(Number.NaN))).toBeNull();
    expect(toEpochMs(new Date(MAX + 1))).toBeNull();
    expect(toEpochMs({ getTime: () => 0 })).toBeNull();
    expect(toEpochMs(Object.create(Date.prototype))).toBeNull();
    expect(toEpochMs(new Proxy(new Date(0), {}))).toBeNull();
    for (const v of [undefined, null, true, 1n, Symbol('s'), () => 0, [], {}]) expect(toEpochMs(v)).toBeNull();
  });

  it('reads ISO date-times with an offset exactly, field by field', () => {
    expect(toEpochMs('2026-11-02T08:00:00-05:00')).toBe(Date.UTC(2026, 10, 2, 13));
    expect(toEpochMs('2026-11-02T08:00-05:00')).toBe(Date.UTC(2026, 10, 2, 13));
    expect(toEpochMs('2026-11-02T13:00Z')).toBe(Date.UTC(2026, 10, 2, 13));
    expect(toEpochMs('2026-03-08T07:30:15.250+05:30')).toBe(Date.UTC(2026, 3 - 1, 8, 2, 0, 15, 250));
    expect(toEpochMs('2026-03-08T07:30:15.2+05:30')).toBe(Date.UTC(2026, 2, 8, 2, 0, 15, 200));
    expect(toEpochMs('2026-03-08T07:30:15.25Z')).toBe(Date.UTC(2026, 2, 8, 7, 30, 15, 250));
    expect(toEpochMs('2026-03-08T07:30:15.123456789Z')).toBe(Date.UTC(2026, 2, 8, 7, 30, 15, 123));
    expect(toEpochMs('2024-02-29T23:59:59.999+23:59')).toBe(Date.UTC(2024, 1, 29, 0, 0, 59, 999));
    expect(toEpochMs('1900-01-01T00:00:00Z')).toBe(MIN);
    expect(toEpochMs('2200-01-01T00:00:00Z')).toBe(MAX);
    expect(toEpochMs('2200-01-01T00:00:00.001Z')).toBeNull();
    expect(toEpochMs('1900-01-01T00:00:00+00:01')).toBeNull();
  });

  it('refuses date-times without an offset, impossible fields, and other shapes', () => {
    for (const text of [
      '2026-11-02T08:00:00',
      '2026-11-02',
      '2026-11-02 08:00:00Z',
      '2026-11-02t08:00:00z',
      '2026-02-29T08:00:00Z',
      '2026-13-01T08:00:00Z',
      '2026-11-31T08:00:00Z',
      '2026-11-02T24:00:00Z',
      '2026-11-02T08:60:00Z',
      '2026-11-02T08:00:60Z',
      '2026-11-02T08:00:00+24:00',
      '2026-11-02T08:00:00+05:60',
      '2026-11-02T08:00:00+0500',
      '2026-11-02T08:00:00.Z',
      '2026-11-02T08:00:00.1234567890Z',
      '0050-01-01T00:00:00Z',
      '1799-12-31T00:00:00Z',
      ' 2026-11-02T08:00:00Z',
      `2026-11-02T08:00:00Z${' '.repeat(40)}`,
      'Mon, 02 Nov 2026 13:00:00 GMT',
      '',
    ]) {
      expect(toEpochMs(text), text).toBeNull();
    }
  });

  it('agrees with Date.parse on every well-formed instant of the range', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN, max: MAX }), fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }), (ms, offsetMin) => {
        const wall = new Date(ms + offsetMin * 60_000).toISOString().slice(0, 23);
        const abs = Math.abs(offsetMin);
        const text = `${wall}${offsetMin < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(toEpochMs(text)).toBe(ms);
      }),
    );
  });
});
