import { describe, expect, it } from 'vitest';
import { isOpen } from './is-open';
import type { WeeklySchedule } from './types';
import { hostileValues } from '../../test/support/hostile';
import { dukeHours, oneRange } from './test-support/schedules';
import { es } from '../locales/es';

const open = (s: WeeklySchedule, at: unknown) => {
  const r = isOpen(s, at as string);
  return r.success ? r.open : r.issues.map((i) => `${i.path.join('.')}:${i.code}`);
};

describe('isOpen', () => {
  const duke = dukeHours();

  it('is open Monday to Friday, 08:00 included to 16:30 excluded, Eastern time', () => {
    expect(open(duke, '2026-11-02T07:59:59.999-05:00')).toBe(false);
    expect(open(duke, '2026-11-02T08:00:00-05:00')).toBe(true);
    expect(open(duke, '2026-11-02T16:29:59.999-05:00')).toBe(true);
    expect(open(duke, '2026-11-02T16:30:00-05:00')).toBe(false);
    expect(open(duke, '2026-11-06T12:00:00-05:00')).toBe(true); // Friday
    expect(open(duke, '2026-11-07T12:00:00-05:00')).toBe(false); // Saturday
    expect(open(duke, '2026-11-08T12:00:00-05:00')).toBe(false); // Sunday
  });

  it('is exact on both sides of the 2026 daylight-saving changes', () => {
    // Friday before spring forward (EST) and Monday after (EDT).
    expect(open(duke, Date.UTC(2026, 2, 6, 21, 29, 59, 999))).toBe(true);
    expect(open(duke, Date.UTC(2026, 2, 6, 21, 30))).toBe(false);
    expect(open(duke, Date.UTC(2026, 2, 9, 11, 59, 59, 999))).toBe(false);
    expect(open(duke, Date.UTC(2026, 2, 9, 12))).toBe(true);
    // Friday before fall back (EDT) and Monday after (EST).
    expect(open(duke, Date.UTC(2026, 9, 30, 20, 29, 59, 999))).toBe(true);
    expect(open(duke, Date.UTC(2026, 9, 30, 20, 30))).toBe(false);
    expect(open(duke, Date.UTC(2026, 10, 2, 12, 59, 59, 999))).toBe(false);
    expect(open(duke, Date.UTC(2026, 10, 2, 13))).toBe(true);
  });

  it('never opens in the skipped hour of 2026-03-08, and opens twice in the repeated one of 2026-11-01', () => {
    const gap = oneRange('America/New_York', 'sunday', '02:00', '03:00');
    for (const m of [0, 30, 59]) expect(open(gap, Date.UTC(2026, 2, 8, 6, m))).toBe(false); // 01:xx EST
    for (const m of [0, 30, 59]) expect(open(gap, Date.UTC(2026, 2, 8, 7, m))).toBe(false); // 03:xx EDT
    expect(open(gap, Date.UTC(2026, 2, 15, 6, 30))).toBe(true); // a week later, 02:30 EDT
    const repeated = oneRange('America/New_York', 'sunday', '01:30', '02:00');
    expect(open(repeated, Date.UTC(2026, 10, 1, 5, 29))).toBe(false); // 01:29 EDT
    expect(open(repeated, Date.UTC(2026, 10, 1, 5, 30))).toBe(true); // 01:30 EDT
    expect(open(repeated, Date.UTC(2026, 10, 1, 6, 0))).toBe(false); // 01:00 EST
    expect(open(repeated, Date.UTC(2026, 10, 1, 6, 30))).toBe(true); // 01:30 EST
    expect(open(repeated, Date.UTC(2026, 10, 1, 7, 0))).toBe(false); // 02:00 EST
  });

  it('takes Dates, epoch ms and ISO strings alike, and options', () => {
    const at = Date.UTC(2026, 10, 2, 15);
    expect(isOpen(duke, at)).toEqual({ success: true, open: true });
    expect(isOpen(duke, new Date(at))).toEqual({ success: true, open: true });
    expect(isOpen(duke, '2026-11-02T15:00:00Z')).toEqual({ success: true, open: true });
    expect(isOpen(duke, at, { locale: es })).toEqual({ success: true, open: true });
    expect(isOpen(duke, at + 7 * 3_600_000, {})).toEqual({ success: true, open: false });
  });

  it('reads schedules that are not frozen on every call, so changes are seen', () => {
    const s = { timeZone: 'UTC', weekly: { monday: [{ start: '09:00', end: '10:00' }] } };
    const at = Date.UTC(2026, 10, 2, 9, 30);
    expect(isOpen(s, at)).toEqual({ success: true, open: true });
    s.weekly.monday[0] = { start: '10:00', end: '11:00' };
    expect(isOpen(s, at)).toEqual({ success: true, open: false });
  });

  it('reports every bad argument, with stable codes and paths', () => {
    expect(open(duke, '2026-11-02T08:00:00')).toEqual(['at:invalid_instant']);
    expect(open(duke, Number.NaN)).toEqual(['at:invalid_instant']);
    expect(open(duke, new Date('nope'))).toEqual(['at:invalid_instant']);
    expect(open(duke, Date.UTC(2200, 0, 1, 0, 0, 0, 1))).toEqual(['at:invalid_instant']);
    expect(open({ timeZone: 'Nowhere/City', weekly: {} }, 'noon')).toEqual(['schedule.timeZone:invalid_time_zone', 'at:invalid_instant']);
    expect(open(null as never, 0)).toEqual(['schedule:invalid_type']);
    for (const locale of ['de', 'es']) {
      expect(isOpen(duke, 0, { locale } as never)).toEqual({
        success: false,
        issues: [{ path: ['options'], code: 'invalid_value', message: 'This value is not one of the allowed options.' }],
      });
    }
    expect(isOpen(duke, 'x', { locale: es })).toEqual({
      success: false,
      issues: [{ path: ['at'], code: 'invalid_instant', message: 'Este no es un instante válido.' }],
    });
  });

  it('never throws, and never echoes what it was given', () => {
    for (const value of hostileValues(['timeZone', 'weekly', 'closures'])) {
      const a = isOpen(value as never, value as never);
      const b = isOpen(duke, value as never);
      expect(a.success).toBe(false);
      expect(b.success).toBe(Number.isInteger(value)); // 0 and -0 are instants
    }
    expect(isOpen(duke, -0)).toEqual({ success: true, open: false });
    const r = isOpen({ timeZone: 'Jane Doe', weekly: { monday: [{ start: 'MRN 1234', end: '1970-01-01' }] } }, 'Jane Doe 1970-01-01');
    expect(JSON.stringify(r)).not.toMatch(/Jane|MRN|1970/);
  });
});
