import { describe, expect, it } from 'vitest';
import { compile, type Compiled } from './compile-schedule';
import { intervalsIn, isClosedDay, nextCloseAt, nextOpenAt, openAt, zoned } from './engine';
import type { TimeRange, WeeklySchedule } from './types';

const H = 3_600_000;
const DAY = 24 * H;
const MAX = Date.UTC(2200, 0, 1);
const utc = (text: string): number => Date.parse(text);
const dayOf = (date: string): number => utc(`${date}T00:00:00Z`) / DAY;
const FULL: readonly TimeRange[] = [{ start: '00:00', end: '24:00' }];
const everyDay = (ranges: readonly TimeRange[]): WeeklySchedule['weekly'] => ({
  monday: ranges,
  tuesday: ranges,
  wednesday: ranges,
  thursday: ranges,
  friday: ranges,
  saturday: ranges,
  sunday: ranges,
});
const c = (s: WeeklySchedule): Compiled => compile(s);
const DUKE = c({
  timeZone: 'America/New_York',
  weekly: { monday: [{ start: '08:00', end: '16:30' }], tuesday: [{ start: '08:00', end: '16:30' }], wednesday: [{ start: '08:00', end: '16:30' }], thursday: [{ start: '08:00', end: '16:30' }], friday: [{ start: '08:00', end: '16:30' }] },
});

describe('isClosedDay', () => {
  const closed = c({
    timeZone: 'UTC',
    weekly: {},
    closures: [{ date: '2026-01-05' }, { from: '2026-02-01', to: '2026-02-03' }, { date: '2026-03-01' }],
  });
  it('finds every closed day and no other, at both ends of each range', () => {
    const closedDays = ['2026-01-05', '2026-02-01', '2026-02-02', '2026-02-03', '2026-03-01'].map(dayOf);
    for (let d = dayOf('2025-12-25'); d <= dayOf('2026-03-10'); d++) expect(isClosedDay(closed, d), String(d)).toBe(closedDays.includes(d));
    expect(isClosedDay(c({ timeZone: 'UTC', weekly: {} }), 0)).toBe(false);
  });
});

describe('openAt', () => {
  it('is open from the start (included) to the end (excluded) of each range', () => {
    expect(openAt(DUKE, utc('2026-11-02T12:59:59.999Z'))).toBe(false);
    expect(openAt(DUKE, utc('2026-11-02T13:00:00Z'))).toBe(true);
    expect(openAt(DUKE, utc('2026-11-02T21:29:59.999Z'))).toBe(true);
    expect(openAt(DUKE, utc('2026-11-02T21:30:00Z'))).toBe(false);
    expect(openAt(DUKE, utc('2026-11-07T15:00:00Z'))).toBe(false); // Saturday
  });

  it('reads several ranges a day, and closures', () => {
    const split = c({ timeZone: 'UTC', weekly: { monday: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }] }, closures: [{ date: '2026-11-09' }] });
    expect([8.99, 9, 11.99, 12, 12.5, 13, 16.99, 17].map((h) => openAt(split, utc('2026-11-02T00:00:00Z') + h * H))).toEqual([false, true, true, false, false, true, true, false]);
    expect(openAt(split, utc('2026-11-09T10:00:00Z'))).toBe(false);
    expect(openAt(split, utc('2026-11-16T10:00:00Z'))).toBe(true);
  });

  it('reads days before 1970 (negative day numbers)', () => {
    expect(openAt(DUKE, utc('1900-01-01T13:00:00Z'))).toBe(true); // Monday 08:00 EST
    expect(openAt(DUKE, utc('1900-01-06T13:00:00Z'))).toBe(false); // Saturday
  });
});

describe('intervalsIn', () => {
  it('maps local ranges to UTC across the spring-forward gap', () => {
    const at = (start: string, end: string) => intervalsIn(c({ timeZone: 'America/New_York', weekly: { sunday: [{ start, end }] } }), utc('2026-03-08T00:00:00Z'), utc('2026-03-09T00:00:00Z'));
    expect(at('02:00', '03:00')).toEqual([]);
    expect(at('01:30', '02:30')).toEqual([utc('2026-03-08T06:30:00Z'), utc('2026-03-08T07:00:00Z')]);
    expect(at('02:30', '03:30')).toEqual([utc('2026-03-08T07:00:00Z'), utc('2026-03-08T07:30:00Z')]);
    expect(at('01:00', '04:00')).toEqual([utc('2026-03-08T06:00:00Z'), utc('2026-03-08T08:00:00Z')]);
  });

  it('maps local ranges to UTC across the fall-back overlap, merging what touches', () => {
    const at = (start: string, end: string) => intervalsIn(c({ timeZone: 'America/New_York', weekly: { sunday: [{ start, end }] } }), utc('2026-11-01T00:00:00Z'), utc('2026-11-02T00:00:00Z'));
    expect(at('01:00', '02:00')).toEqual([utc('2026-11-01T05:00:00Z'), utc('2026-11-01T07:00:00Z')]);
    expect(at('01:30', '02:00')).toEqual([utc('2026-11-01T05:30:00Z'), utc('2026-11-01T06:00:00Z'), utc('2026-11-01T06:30:00Z'), utc('2026-11-01T07:00:00Z')]);
    expect(at('00:00', '01:00')).toEqual([utc('2026-11-01T04:00:00Z'), utc('2026-11-01T05:00:00Z')]);
  });

  it('merges ranges that touch across midnight, and clips to the range', () => {
    const s = c({ timeZone: 'UTC', weekly: { monday: [{ start: '22:00', end: '24:00' }], tuesday: [{ start: '00:00', end: '02:00' }, { start: '05:00', end: '06:00' }] } });
    expect(intervalsIn(s, utc('2026-11-02T00:00:00Z'), utc('2026-11-04T00:00:00Z'))).toEqual([utc('2026-11-02T22:00:00Z'), utc('2026-11-03T02:00:00Z'), utc('2026-11-03T05:00:00Z'), utc('2026-11-03T06:00:00Z')]);
    expect(intervalsIn(s, utc('2026-11-02T23:00:00Z'), utc('2026-11-03T05:30:00Z'))).toEqual([utc('2026-11-02T23:00:00Z'), utc('2026-11-03T02:00:00Z'), utc('2026-11-03T05:00:00Z'), utc('2026-11-03T05:30:00Z')]);
    expect(intervalsIn(s, utc('2026-11-03T02:00:00Z'), utc('2026-11-03T05:00:00Z'))).toEqual([]);
  });

  it('skips closed local days, read in the schedule zone', () => {
    // 2026-11-03 in Kolkata runs from 2026-11-02T18:30Z to 2026-11-03T18:30Z.
    const s = c({ timeZone: 'Asia/Kolkata', weekly: everyDay(FULL), closures: [{ date: '2026-11-03' }] });
    expect(intervalsIn(s, utc('2026-11-02T00:00:00Z'), utc('2026-11-05T00:00:00Z'))).toEqual([utc('2026-11-02T00:00:00Z'), utc('2026-11-02T18:30:00Z'), utc('2026-11-03T18:30:00Z'), utc('2026-11-05T00:00:00Z')]);
  });
});

describe('nextOpenAt', () => {
  it('is the instant itself when open, else the next start', () => {
    expect(nextOpenAt(DUKE, utc('2026-11-02T15:00:00.5Z'))).toBe(utc('2026-11-02T15:00:00.5Z'));
    expect(nextOpenAt(DUKE, utc('2026-10-30T20:30:00Z'))).toBe(utc('2026-11-02T13:00:00Z')); // Friday 16:30 EDT → Monday 08:00 EST
    expect(nextOpenAt(DUKE, utc('2026-03-06T21:30:00Z'))).toBe(utc('2026-03-09T12:00:00Z')); // Friday 16:30 EST → Monday 08:00 EDT
  });

  it('skips long closures, searching window after window', () => {
    const s = c({ timeZone: 'UTC', weekly: { monday: [{ start: '09:00', end: '10:00' }] }, closures: [{ from: '2026-01-01', to: '2026-12-31' }] });
    expect(nextOpenAt(s, utc('2026-01-01T00:00:00Z'))).toBe(utc('2027-01-04T09:00:00Z'));
  });

  it('returns null without weekly hours, or when nothing opens before 2200', () => {
    expect(nextOpenAt(c({ timeZone: 'UTC', weekly: { monday: [] } }), 0)).toBeNull();
    const thursday = c({ timeZone: 'UTC', weekly: { thursday: [{ start: '00:00', end: '01:00' }] } });
    expect(nextOpenAt(thursday, MAX)).toBeNull(); // 2200-01-01 is a Wednesday
    expect(nextOpenAt(thursday, MAX - 6 * DAY)).toBe(MAX - 6 * DAY); // Thursday 2199-12-26 00:00
    const closedToTheEnd = c({ timeZone: 'UTC', weekly: { monday: FULL }, closures: [{ from: '2199-06-01', to: '2200-05-31' }] });
    expect(nextOpenAt(closedToTheEnd, utc('2199-07-01T00:00:00Z'))).toBeNull();
  });
});

describe('nextCloseAt', () => {
  it('is the end of the interval holding the instant, or of the next one', () => {
    expect(nextCloseAt(DUKE, utc('2026-11-02T15:00:00Z'))).toBe(utc('2026-11-02T21:30:00Z'));
    expect(nextCloseAt(DUKE, utc('2026-11-02T21:30:00Z'))).toBe(utc('2026-11-03T21:30:00Z'));
    expect(nextCloseAt(DUKE, utc('2026-11-02T13:00:00Z'))).toBe(utc('2026-11-02T21:30:00Z'));
    expect(nextCloseAt(c({ timeZone: 'UTC', weekly: {} }), 0)).toBeNull();
  });

  it('follows an interval over a week whose only closed hour a DST gap skipped', () => {
    // Open all week except Sunday 02:00–03:00: on 2026-03-08 that hour does not exist.
    const s = c({ timeZone: 'America/New_York', weekly: { ...everyDay(FULL), sunday: [{ start: '00:00', end: '02:00' }, { start: '03:00', end: '24:00' }] } });
    expect(s.allDay).toBe(false);
    expect(nextCloseAt(s, utc('2026-03-01T08:00:00Z'))).toBe(utc('2026-03-15T06:00:00Z'));
    // The window ends exactly at the closing instant.
    expect(nextCloseAt(s, utc('2026-03-07T06:00:00Z'))).toBe(utc('2026-03-15T06:00:00Z'));
    // Sunday 2199-12-29 03:00 EST: the next closing, Sunday 2200-01-05 02:00, is past the limit.
    expect(nextCloseAt(s, utc('2199-12-29T08:00:00Z'))).toBeNull();
    expect(nextCloseAt(s, utc('2199-12-29T06:00:00Z'))).toBe(utc('2199-12-29T07:00:00Z'));
  });

  it('stops at the limit even in a zone that skips the only closed hour every week', () => {
    // A made-up zone: clocks jump from Sunday 02:00 to 03:00 and fall back on Wednesday, every week.
    const week = 7 * DAY;
    const read = (ms: number): number => {
      const pos = (((ms - 4 * DAY) % week) + week) % week; // 1970-01-05 was a Monday
      return pos >= 6 * DAY + 2 * H || pos < 2 * DAY + 11 * H ? H : 0;
    };
    const base = c({ timeZone: 'UTC', weekly: { ...everyDay(FULL), sunday: [{ start: '00:00', end: '02:00' }, { start: '03:00', end: '24:00' }] } });
    const s: Compiled = { ...base, table: { read, buckets: [] } };
    expect(openAt(s, MAX - 30 * DAY)).toBe(true);
    expect(nextCloseAt(s, MAX - 30 * DAY)).toBeNull();
  });

  it('jumps straight to the next closure of a schedule open around the clock', () => {
    const s = c({ timeZone: 'Asia/Kolkata', weekly: everyDay(FULL), closures: [{ date: '2150-06-15' }, { date: '2026-01-01' }] });
    expect(nextCloseAt(s, utc('1900-01-01T00:00:00Z'))).toBe(utc('2025-12-31T18:30:00Z'));
    expect(nextCloseAt(s, utc('2025-12-31T18:00:00Z'))).toBe(utc('2025-12-31T18:30:00Z'));
    expect(nextCloseAt(s, utc('2025-12-31T18:30:00Z'))).toBe(utc('2150-06-14T18:30:00Z'));
    expect(nextCloseAt(s, utc('2150-06-15T18:30:00Z'))).toBeNull();
    const late = c({ timeZone: 'UTC', weekly: everyDay(FULL), closures: [{ date: '2200-01-03' }, { date: '9999-12-31' }] });
    expect(nextCloseAt(late, utc('2199-12-30T00:00:00Z'))).toBeNull(); // closes 2200-01-03, after the limit
    expect(nextCloseAt(late, utc('2200-01-01T00:00:00Z'))).toBeNull();
    const farAway = c({ timeZone: 'UTC', weekly: everyDay(FULL), closures: [{ date: '9999-12-31' }] });
    expect(nextCloseAt(farAway, utc('2026-01-01T00:00:00Z'))).toBeNull(); // never computes year 9999
    const edge = c({ timeZone: 'UTC', weekly: everyDay(FULL), closures: [{ date: '2200-01-02' }] });
    expect(nextCloseAt(edge, utc('2199-12-30T00:00:00Z'))).toBeNull(); // closes 2200-01-02T00:00Z, after the limit
    expect(nextCloseAt(c({ timeZone: 'UTC', weekly: everyDay(FULL) }), utc('1900-01-01T00:00:00Z'))).toBeNull();
  });
});

describe('zoned', () => {
  it('gives UTC, epoch ms, wall time and offset', () => {
    expect(zoned(DUKE, utc('2026-11-02T13:00:00Z'))).toEqual({ utc: '2026-11-02T13:00:00.000Z', epochMs: utc('2026-11-02T13:00:00Z'), local: '2026-11-02T08:00:00', offset: '-05:00', timeZone: 'America/New_York' });
    expect(zoned(DUKE, utc('2026-07-01T12:00:00.042Z')).local).toBe('2026-07-01T08:00:00.042');
    expect(zoned(DUKE, utc('2026-07-01T12:00:00.042Z')).offset).toBe('-04:00');
    expect(zoned(c({ timeZone: 'Asia/Kolkata', weekly: {} }), utc('2026-07-01T20:00:00Z'))).toMatchObject({ local: '2026-07-02T01:30:00', offset: '+05:30' });
    expect(zoned(c({ timeZone: 'UTC', weekly: {} }), 0)).toMatchObject({ local: '1970-01-01T00:00:00', offset: '+00:00', utc: '1970-01-01T00:00:00.000Z' });
    expect(zoned(c({ timeZone: 'Africa/Monrovia', weekly: {} }), utc('1930-01-15T00:00:00Z'))).toMatchObject({ local: '1930-01-14T23:15:30', offset: '-00:44:30' });
    expect(zoned(c({ timeZone: 'Pacific/Chatham', weekly: {} }), utc('1969-12-31T23:59:59.999Z'))).toMatchObject({ local: '1970-01-01T12:44:59.999', offset: '+12:45' });
  });
});
