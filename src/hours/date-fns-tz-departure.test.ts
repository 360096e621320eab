/**
 * Why `/hours` reads zone offsets from `Intl` itself instead of calling
 * date-fns-tz (the stack's choice for zone arithmetic): date-fns-tz 3's
 * `getTimezoneOffset(zone, date)` first re-reads the `Date` through the
 * host's local fields, so near a daylight-saving change it returns the
 * offset of the wrong side, and how many instants it gets wrong depends on
 * the host zone. This test keeps that reason checked: if a date-fns-tz
 * release fixes it, this test fails and the departure should be revisited.
 * The library's own offsets agree with the `Intl` oracle at every instant.
 */
import { getTimezoneOffset } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { nextOpening } from './next-opening';
import type { WeeklySchedule } from './types';
import { offsetText, wallClock } from './test-support/oracle';

const ZONE = 'America/New_York';
const QUARTER_HOUR = 15 * 60_000;
const ALL_DAY = [{ start: '00:00', end: '24:00' }];
/** Open around the clock, so `nextOpening(t)` is `t` and reports the offset in force at `t`. */
const ALWAYS: WeeklySchedule = {
  timeZone: ZONE,
  weekly: { monday: ALL_DAY, tuesday: ALL_DAY, wednesday: ALL_DAY, thursday: ALL_DAY, friday: ALL_DAY, saturday: ALL_DAY, sunday: ALL_DAY },
};

/** Every quarter hour of the day before and the day of each 2026 change in New York. */
const INSTANTS = [Date.UTC(2026, 2, 7, 12), Date.UTC(2026, 9, 31, 12)].flatMap((start) =>
  Array.from({ length: (36 * 3_600_000) / QUARTER_HOUR }, (_, i) => start + i * QUARTER_HOUR),
);

describe('the date-fns-tz departure of /hours', () => {
  it('date-fns-tz getTimezoneOffset disagrees with Intl near the 2026 changes', () => {
    const wrong = INSTANTS.filter((ms) => getTimezoneOffset(ZONE, new Date(ms)) !== wallClock(ZONE, ms).offsetMs);
    expect(wrong.length).toBeGreaterThan(0);
  });

  it('the library agrees with Intl at every one of those instants', () => {
    for (const ms of INSTANTS) {
      const r = nextOpening(ALWAYS, ms);
      expect(r.success && r.found ? [r.at.epochMs, r.at.offset] : r).toEqual([ms, offsetText(wallClock(ZONE, ms).offsetMs)]);
    }
  });
});
