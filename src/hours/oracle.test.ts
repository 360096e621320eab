/**
 * Exactness against independent oracles: the US daylight-saving law for
 * every year from 1970 to 2100, and `Intl.DateTimeFormat` read instant by
 * instant on random instants of the whole range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpen } from './is-open';
import { nextOpening } from './next-opening';
import { openIntervals } from './open-intervals';
import { parseSchedule } from './parse-schedule';
import type { WeeklySchedule } from './types';
import { forEachPeriod, zoneTable, type ZoneTable } from './zone-table';
import { offsetText, oracleIsOpen, wallClock } from './test-support/oracle';
import { dukeHours } from './test-support/schedules';

const H = 3_600_000;
const DAY = 24 * H;

/** The instants inside a year at which the zone's table changes offset. */
function changes(zone: string, year: number): number[] {
  const out: number[] = [];
  let last: number | null = null;
  forEachPeriod(zoneTable(zone) as ZoneTable, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1), (start, _end, offset) => {
    if (last !== null && offset !== last) out.push(start);
    last = offset;
  });
  return out;
}

/** The n-th (1-based; -1 = last) Sunday of a month, as a UTC day start. */
function sunday(year: number, month: number, n: number): number {
  if (n < 0) {
    const last = Date.UTC(year, month + 1, 0);
    return last - new Date(last).getUTCDay() * DAY;
  }
  const first = Date.UTC(year, month, 1);
  return first + ((7 - new Date(first).getUTCDay()) % 7) * DAY + (n - 1) * 7 * DAY;
}

/** US daylight saving time as the law set it since 1967: [start, end] calendar days, changes at 02:00 local. */
function usRule(year: number): [number, number] {
  if (year === 1974) return [Date.UTC(1974, 0, 6), sunday(1974, 9, -1)];
  if (year === 1975) return [Date.UTC(1975, 1, 23), sunday(1975, 9, -1)];
  if (year < 1987) return [sunday(year, 3, -1), sunday(year, 9, -1)];
  if (year < 2007) return [sunday(year, 3, 1), sunday(year, 9, -1)];
  return [sunday(year, 2, 2), sunday(year, 10, 1)];
}

describe('New York, every year from 1970 to 2100', () => {
  it('changes offset exactly when US law says, and only then', () => {
    // A schedule open around the clock shows every offset change in its intervals' wall times.
    const duke = dukeHours();
    for (let year = 1970; year <= 2100; year++) {
      const [start, end] = usRule(year);
      const spring = start + 7 * H; // 02:00 EST
      const fall = end + 6 * H; // 02:00 EDT
      expect(changes('America/New_York', year), String(year)).toEqual([spring, fall]);
      for (const [at, before, after] of [
        [spring, '-05:00', '-04:00'],
        [fall, '-04:00', '-05:00'],
      ] as const) {
        const r1 = nextOpening({ ...duke, weekly: { sunday: [{ start: '00:00', end: '24:00' }] } }, at - 1);
        const r2 = nextOpening({ ...duke, weekly: { sunday: [{ start: '00:00', end: '24:00' }] } }, at);
        expect(r1.success && r1.found && r1.at.offset, `${year} before`).toBe(before);
        expect(r2.success && r2.found && r2.at.offset, `${year} after`).toBe(after);
      }
      // The Duke hours of the Monday after each change are 08:00–16:30 in the new offset.
      for (const [monday, offset] of [
        [start + DAY, 4],
        [end + DAY, 5],
      ] as const) {
        const r = openIntervals(duke, monday, monday + DAY);
        expect(r.success && r.intervals.map((i) => [i.start.epochMs, i.end.epochMs]), String(year)).toEqual([[monday + (8 + offset) * H, monday + (16.5 + offset) * H]]);
      }
    }
  }, 30_000);
});

describe('against Intl, instant by instant', () => {
  it('agrees with the oracle on the Duke hours from 1970 to 2100', () => {
    const duke = dukeHours();
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 11, 31) }), (ms) => {
        expect(isOpen(duke, ms)).toEqual({ success: true, open: oracleIsOpen(duke, ms) });
      }),
      { numRuns: 3000 },
    );
  }, 30_000);

  it('agrees with the oracle in zones with odd offsets and changes, often near their changes', () => {
    const zones = ['Pacific/Chatham', 'Asia/Kolkata', 'Europe/London', 'Australia/Lord_Howe', 'America/Los_Angeles', 'Africa/Casablanca'];
    const schedules = new Map<string, WeeklySchedule>();
    for (const zone of zones) {
      const r = parseSchedule({
        timeZone: zone,
        weekly: {
          monday: [{ start: '08:00', end: '16:30' }],
          saturday: [{ start: '01:15', end: '02:15' }, { start: '02:40', end: '03:05' }],
          sunday: [{ start: '00:30', end: '02:10' }, { start: '02:20', end: '04:00' }, { start: '23:59', end: '24:00' }],
        },
      });
      if (r.success) schedules.set(zone, r.schedule);
    }
    expect(schedules.size).toBe(zones.length);
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 1970, max: 2100 }), fc.integer({ min: 0, max: 365 * DAY }), fc.integer({ min: -3 * H, max: 3 * H }), fc.boolean(), (zone, year, offset, near, nearChange) => {
        const s = schedules.get(zone) as WeeklySchedule;
        const around = changes(zone, year);
        // Half the runs land within three hours of an offset change of that year.
        const ms = nearChange && around.length > 0 ? (around[offset % around.length] as number) + near : Date.UTC(year, 0, 1) + offset;
        expect(isOpen(s, ms)).toEqual({ success: true, open: oracleIsOpen(s, ms) });
        const n = nextOpening(s, ms);
        if (!n.success || !n.found) throw new Error('no opening');
        const w = wallClock(zone, n.at.epochMs);
        expect([n.at.local, n.at.offset]).toEqual([w.local, offsetText(w.offsetMs)]);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);
});
