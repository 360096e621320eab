/**
 * Properties of the hours functions on random schedules (several zones,
 * many ranges near the small hours where clocks change, random closures)
 * and random instants, checked against each other and against the Intl
 * oracle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpen } from './is-open';
import { nextClosing } from './next-closing';
import { nextOpening } from './next-opening';
import { openIntervals } from './open-intervals';
import { parseSchedule } from './parse-schedule';
import type { Closure, TimeRange, WeeklySchedule } from './types';
import { forEachPeriod, zoneTable, type ZoneTable } from './zone-table';
import { oracleIsOpen, wallClock } from './test-support/oracle';

const H = 3_600_000;
const DAY = 24 * H;
const ZONES = ['America/New_York', 'Pacific/Chatham', 'Asia/Kolkata', 'Europe/London', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'UTC'] as const;
const NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A range, often in the small hours (where clocks change) and sometimes reaching midnight. */
const range: fc.Arbitrary<TimeRange> = fc
  .tuple(fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 300 })), fc.oneof(fc.integer({ min: 1, max: 180 }), fc.integer({ min: 1, max: 1440 })))
  .map(([start, length]) => ({ start: hhmm(start), end: hhmm(Math.min(1440, start + length)) }));

const BASE_DAY = Date.UTC(2026, 0, 1) / DAY;
const closure: fc.Arbitrary<Closure> = fc.tuple(fc.integer({ min: -400, max: 800 }), fc.integer({ min: 0, max: 3 }), fc.boolean()).map(([d, len, single]) => {
  const date = (day: number): string => new Date((BASE_DAY + day) * DAY).toISOString().slice(0, 10);
  return single ? { date: date(d) } : { from: date(d), to: date(d + len) };
});

const schedule: fc.Arbitrary<WeeklySchedule> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    days: fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.array(range, { minLength: 1, maxLength: 3 })), { maxLength: 7 }),
    closures: fc.array(closure, { maxLength: 3 }),
  })
  .map(({ timeZone, days, closures }) => {
    const r = parseSchedule({ timeZone, weekly: Object.fromEntries(days), closures });
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    return r.schedule;
  });

/** Offset changes of a zone in 2025–2028 (from the table; the oracle then judges every answer). */
const changesOf = (zone: string): number[] => {
  const out: number[] = [];
  let last: number | null = null;
  forEachPeriod(zoneTable(zone) as ZoneTable, Date.UTC(2025, 0, 1), Date.UTC(2029, 0, 1), (start, _end, offset) => {
    if (last !== null && offset !== last) out.push(start);
    last = offset;
  });
  return out;
};

/** An instant in 2025–2028, half the time within two days of one of the zone's offset changes. */
const instantFor = (zone: string): fc.Arbitrary<number> => {
  const changes = changesOf(zone);
  const anywhere = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) });
  if (changes.length === 0) return anywhere;
  return fc.oneof(anywhere, fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -2 * DAY, max: 2 * DAY })).map(([c, d]) => c + d));
};
const scheduleAndInstant = schedule.chain((s) => fc.tuple(fc.constant(s), instantFor(s.timeZone)));

const openAt = (s: WeeklySchedule, ms: number): boolean => {
  const r = isOpen(s, ms);
  if (!r.success) throw new Error('isOpen failed');
  return r.open;
};

describe('hours properties', () => {
  it('isOpen is the oracle', () => {
    fc.assert(
      fc.property(scheduleAndInstant, ([s, t]) => {
        expect(openAt(s, t)).toBe(oracleIsOpen(s, t));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('nextOpening(t) is t exactly when open; otherwise the first open instant, with nothing open before it', () => {
    fc.assert(
      fc.property(scheduleAndInstant, fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 3, maxLength: 3 }), ([s, t], samples) => {
        const r = nextOpening(s, t);
        if (!r.success) throw new Error('nextOpening failed');
        const hasHours = Object.values(s.weekly).some((ranges) => ranges.length > 0);
        expect(r.found).toBe(hasHours);
        if (!r.found) return;
        const n = r.at.epochMs;
        expect(n).toBeGreaterThanOrEqual(t);
        expect(openAt(s, t)).toBe(n === t);
        expect(oracleIsOpen(s, n)).toBe(true);
        if (n === t) return;
        expect(oracleIsOpen(s, n - 1)).toBe(false);
        for (const f of samples) expect(oracleIsOpen(s, t + Math.floor(f * (n - t)))).toBe(false);
        if (n - t <= 366 * DAY) expect(openIntervals(s, t, n)).toEqual({ success: true, intervals: [] });
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('nextClosing(t) is after t and closed, with everything open from t up to it', () => {
    fc.assert(
      fc.property(scheduleAndInstant, ([s, t]) => {
        if (!openAt(s, t)) return;
        const r = nextClosing(s, t);
        if (!r.success || !r.found) throw new Error('no closing');
        const c = r.at.epochMs;
        expect(c).toBeGreaterThan(t);
        expect(oracleIsOpen(s, c)).toBe(false);
        expect(oracleIsOpen(s, c - 1)).toBe(true);
        if (c - t <= 366 * DAY) {
          const i = openIntervals(s, t, c);
          expect(i.success && i.intervals.map((x) => [x.start.epochMs, x.end.epochMs])).toEqual([[t, c]]);
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('openIntervals are sorted, disjoint, inside the range, open inside and closed between', () => {
    fc.assert(
      fc.property(scheduleAndInstant, fc.integer({ min: 0, max: 10 * DAY }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), ([s, a], length, f) => {
        const b = a + length;
        const r = openIntervals(s, a, b);
        if (!r.success) throw new Error('openIntervals failed');
        let previous = -Infinity;
        for (const { start, end } of r.intervals) {
          const [x, y] = [start.epochMs, end.epochMs];
          expect(x).toBeGreaterThan(previous);
          expect(x).toBeGreaterThanOrEqual(a);
          expect(y).toBeLessThanOrEqual(b);
          expect(x).toBeLessThan(y);
          expect(oracleIsOpen(s, x)).toBe(true);
          expect(oracleIsOpen(s, y - 1)).toBe(true);
          expect(oracleIsOpen(s, x + Math.floor(f * (y - x)))).toBe(true);
          if (x > a) expect(oracleIsOpen(s, x - 1)).toBe(false);
          if (y < b) expect(oracleIsOpen(s, y)).toBe(false);
          if (previous > -Infinity) expect(oracleIsOpen(s, previous + Math.floor(f * (x - previous)))).toBe(false);
          previous = y;
        }
        if (r.intervals.length === 0 && b > a) expect(oracleIsOpen(s, a + Math.floor(f * length))).toBe(false);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('a closed local date is never open', () => {
    fc.assert(
      fc.property(scheduleAndInstant, ([s, t]) => {
        const date = wallClock(s.timeZone, t).date;
        const closed = { ...s, closures: [...(s.closures ?? []), { date }] };
        expect(openAt(closed, t)).toBe(false);
        const r = openIntervals(closed, t - DAY, t + DAY);
        if (!r.success) throw new Error('openIntervals failed');
        for (const { start, end } of r.intervals) {
          expect(wallClock(s.timeZone, start.epochMs).date).not.toBe(date);
          expect(wallClock(s.timeZone, end.epochMs - 1).date).not.toBe(date);
          expect(start.epochMs > t || end.epochMs <= t).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
