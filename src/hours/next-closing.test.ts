import { describe, expect, it } from 'vitest';
import { nextClosing } from './next-closing';
import type { TimeRange } from './types';
import { dukeHours } from './test-support/schedules';
import { compile } from './compile-schedule';
import { HOURS_LIMITS } from './limits';

const local = (r: ReturnType<typeof nextClosing>) => (r.success && r.found ? [r.at.utc, r.at.local, r.at.offset] : r);

describe('nextClosing', () => {
  const duke = dukeHours();

  it('is the end of the interval holding the instant', () => {
    expect(nextClosing(duke, '2026-11-02T10:00:00-05:00')).toEqual({
      success: true,
      found: true,
      at: { utc: '2026-11-02T21:30:00.000Z', epochMs: Date.UTC(2026, 10, 2, 21, 30), local: '2026-11-02T16:30:00', offset: '-05:00', timeZone: 'America/New_York' },
    });
    expect(local(nextClosing(duke, '2026-11-02T08:00:00-05:00'))).toEqual(['2026-11-02T21:30:00.000Z', '2026-11-02T16:30:00', '-05:00']);
  });

  it('when closed, is the end of the next interval', () => {
    expect(local(nextClosing(duke, '2026-11-02T16:30:00-05:00'))).toEqual(['2026-11-03T21:30:00.000Z', '2026-11-03T16:30:00', '-05:00']);
    expect(local(nextClosing(duke, '2026-03-07T12:00:00-05:00'))).toEqual(['2026-03-09T20:30:00.000Z', '2026-03-09T16:30:00', '-04:00']);
  });

  it('treats back-to-back intervals as one, across midnight and a fall-back change', () => {
    const full: readonly TimeRange[] = [{ start: '00:00', end: '24:00' }];
    const s = { timeZone: 'America/New_York', weekly: { saturday: [{ start: '23:00', end: '24:00' }], sunday: full, monday: [{ start: '00:00', end: '01:00' }] } };
    expect(local(nextClosing(s, '2026-10-31T23:30:00-04:00'))).toEqual(['2026-11-02T06:00:00.000Z', '2026-11-02T01:00:00', '-05:00']);
  });

  it('says why nothing was found', () => {
    expect(nextClosing({ timeZone: 'UTC', weekly: {} }, 0)).toEqual({ success: true, found: false, reason: 'no-weekly-hours' });
    const full = [{ start: '00:00', end: '24:00' }];
    const always = { timeZone: 'Pacific/Chatham', weekly: { monday: full, tuesday: full, wednesday: full, thursday: full, friday: full, saturday: full, sunday: full } };
    expect(nextClosing(always, '2026-01-01T00:00:00Z')).toEqual({ success: true, found: false, reason: 'beyond-limit' });
    expect(local(nextClosing({ ...always, closures: [{ date: '2030-01-01' }] }, '2026-01-01T00:00:00Z'))).toEqual(['2029-12-31T10:15:00.000Z', '2030-01-01T00:00:00', '+13:45']);
  });

  it('reports bad input as issues', () => {
    expect(nextClosing(duke, { valueOf: () => 0 } as never)).toEqual({
      success: false,
      issues: [{ path: ['at'], code: 'invalid_instant', message: 'This is not a valid instant.' }],
    });
  });
});

describe('nextClosing at the edges', () => {
  const MAX = HOURS_LIMITS.maxInstant; // a Wednesday, 00:00 UTC
  const H = 3_600_000;
  const ms = (r: ReturnType<typeof nextClosing>) => (r.success && r.found ? r.at.epochMs : r.success ? r.reason : r);
  const full: readonly TimeRange[] = [{ start: '00:00', end: '24:00' }];
  const always = { timeZone: 'UTC', weekly: { monday: full, tuesday: full, wednesday: full, thursday: full, friday: full, saturday: full, sunday: full } };

  it('finds a closing exactly at the 2200-01-01 limit, and none after it', () => {
    expect(ms(nextClosing({ timeZone: 'UTC', weekly: { tuesday: [{ start: '22:00', end: '24:00' }] } }, MAX - H))).toBe(MAX);
    expect(ms(nextClosing({ timeZone: 'UTC', weekly: { wednesday: [{ start: '00:00', end: '01:00' }] } }, MAX))).toBe('beyond-limit');
  });

  it('closes a schedule open around the clock at its next closure, however far ahead', () => {
    const s = { ...always, closures: [{ date: '2026-12-25' }] };
    expect(ms(nextClosing(s, Date.UTC(2026, 11, 1, 12)))).toBe(Date.UTC(2026, 11, 25));
    expect(ms(nextClosing(s, Date.UTC(2026, 11, 24, 12)))).toBe(Date.UTC(2026, 11, 25));
  });

  it('finds nothing for a schedule open around the clock when no opening is left before the limit', () => {
    const s = { ...always, closures: [{ from: '2199-12-01', to: '2200-01-05' }] };
    expect(ms(nextClosing(s, Date.UTC(2199, 11, 15)))).toBe('beyond-limit');
    expect(ms(nextClosing(s, Date.UTC(2199, 10, 1)))).toBe(Date.UTC(2199, 11, 1));
  });

  it('is not fooled by days whose ranges add up to 24 hours', () => {
    const day: readonly TimeRange[] = [{ start: '06:00', end: '18:00' }];
    const s = { timeZone: 'UTC', weekly: { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day, saturday: day, sunday: day } };
    expect(compile(s).allDay).toBe(false);
    expect(ms(nextClosing(s, Date.UTC(2026, 10, 2, 10)))).toBe(Date.UTC(2026, 10, 2, 18));
  });
});
