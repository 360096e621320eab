import { describe, expect, it } from 'vitest';
import { openIntervals } from './open-intervals';
import { dukeHours, oneRange } from './test-support/schedules';
import { es } from '../locales/es';

const DAY = 86_400_000;
const spans = (r: ReturnType<typeof openIntervals>) => (r.success ? r.intervals.map((i) => [i.start.local, i.end.local, i.start.offset]) : r);
const utcSpans = (r: ReturnType<typeof openIntervals>) => (r.success ? r.intervals.map((i) => [i.start.utc, i.end.utc]) : r);

describe('openIntervals', () => {
  const duke = dukeHours();

  it('lists a week of Duke hours across the spring-forward weekend', () => {
    expect(spans(openIntervals(duke, '2026-03-05T00:00:00-05:00', '2026-03-11T00:00:00-04:00'))).toEqual([
      ['2026-03-05T08:00:00', '2026-03-05T16:30:00', '-05:00'],
      ['2026-03-06T08:00:00', '2026-03-06T16:30:00', '-05:00'],
      ['2026-03-09T08:00:00', '2026-03-09T16:30:00', '-04:00'],
      ['2026-03-10T08:00:00', '2026-03-10T16:30:00', '-04:00'],
    ]);
  });

  it('clips intervals to the range, start included and end excluded', () => {
    expect(utcSpans(openIntervals(duke, '2026-11-02T10:00:00-05:00', '2026-11-03T09:00:00-05:00'))).toEqual([
      ['2026-11-02T15:00:00.000Z', '2026-11-02T21:30:00.000Z'],
      ['2026-11-03T13:00:00.000Z', '2026-11-03T14:00:00.000Z'],
    ]);
    expect(utcSpans(openIntervals(duke, '2026-11-02T16:30:00-05:00', '2026-11-03T08:00:00-05:00'))).toEqual([]);
    expect(utcSpans(openIntervals(duke, '2026-11-02T12:00:00-05:00', '2026-11-02T12:00:00-05:00'))).toEqual([]);
  });

  it('opens the repeated hour of a fall-back night twice, as one interval of two hours', () => {
    expect(utcSpans(openIntervals(oneRange('America/New_York', 'sunday', '01:00', '02:00'), '2026-11-01T00:00:00-04:00', '2026-11-02T00:00:00-05:00'))).toEqual([
      ['2026-11-01T05:00:00.000Z', '2026-11-01T07:00:00.000Z'],
    ]);
    expect(utcSpans(openIntervals(oneRange('Australia/Lord_Howe', 'sunday', '01:30', '02:45'), '2026-10-03T00:00:00Z', '2026-10-05T00:00:00Z'))).toEqual([
      ['2026-10-03T15:00:00.000Z', '2026-10-03T15:45:00.000Z'], // 01:30 +10:30 to 02:45 +11:00: 02:00–02:30 never happens
    ]);
  });

  it('accepts ranges up to 366 days and refuses longer or reversed ones', () => {
    const from = Date.UTC(2026, 0, 1);
    const year = openIntervals(duke, from, from + 366 * DAY);
    expect(year.success && year.intervals.length).toBe(262);
    expect(openIntervals(duke, from, from + 366 * DAY + 1)).toEqual({
      success: false,
      issues: [{ path: ['to'], code: 'too_big', message: 'This value is too long or too large.' }],
    });
    expect(openIntervals(duke, from, from - 1, { locale: es })).toEqual({
      success: false,
      issues: [{ path: ['to'], code: 'date_order', message: 'Estas fechas están en el orden incorrecto.' }],
    });
    expect(openIntervals(duke, 'a', 'b')).toEqual({
      success: false,
      issues: [
        { path: ['from'], code: 'invalid_instant', message: 'This is not a valid instant.' },
        { path: ['to'], code: 'invalid_instant', message: 'This is not a valid instant.' },
      ],
    });
  });
});

describe('openIntervals far east of UTC', () => {
  it('finds the interval of the local day after the UTC day the range ends in (+14:00)', () => {
    const early = [{ start: '00:00', end: '02:00' }];
    const s = { timeZone: 'Pacific/Kiritimati', weekly: { monday: early, tuesday: early, wednesday: early, thursday: early, friday: early, saturday: early, sunday: early } };
    // 2026-11-03 00:00 in Kiritimati is 2026-11-02T10:00Z, inside a range that ends on 2026-11-02 (UTC).
    const r = openIntervals(s, '2026-11-02T09:00:00Z', '2026-11-02T12:00:00Z');
    expect(r.success && r.intervals.map((i) => [i.start.utc, i.end.utc, i.start.local])).toEqual([
      ['2026-11-02T10:00:00.000Z', '2026-11-02T12:00:00.000Z', '2026-11-03T00:00:00'],
    ]);
  });
});
