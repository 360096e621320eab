import { describe, expect, it } from 'vitest';
import { nextOpening } from './next-opening';
import { parseSchedule } from './parse-schedule';
import { dukeHours, oneRange } from './test-support/schedules';
import { HOURS_LIMITS } from './limits';
import { es } from '../locales/es';

describe('nextOpening', () => {
  const duke = dukeHours();

  it('is the instant itself while open', () => {
    expect(nextOpening(duke, '2026-11-02T10:15:30.250-05:00')).toEqual({
      success: true,
      found: true,
      at: { utc: '2026-11-02T15:15:30.250Z', epochMs: Date.UTC(2026, 10, 2, 15, 15, 30, 250), local: '2026-11-02T10:15:30.250', offset: '-05:00', timeZone: 'America/New_York' },
    });
  });

  it('crosses a weekend and a daylight-saving change to the exact instant', () => {
    expect(nextOpening(duke, '2026-10-30T16:30:00-04:00')).toEqual({
      success: true,
      found: true,
      at: { utc: '2026-11-02T13:00:00.000Z', epochMs: Date.UTC(2026, 10, 2, 13), local: '2026-11-02T08:00:00', offset: '-05:00', timeZone: 'America/New_York' },
    });
    const spring = nextOpening(duke, Date.UTC(2026, 2, 6, 21, 30));
    expect(spring.success && spring.found && [spring.at.utc, spring.at.local, spring.at.offset]).toEqual(['2026-03-09T12:00:00.000Z', '2026-03-09T08:00:00', '-04:00']);
  });

  it('opens at the first instant after a spring-forward gap, and at the second 01:30 of a fall-back day', () => {
    const gap = nextOpening(oneRange('America/New_York', 'sunday', '02:30', '03:30'), '2026-03-08T01:00:00-05:00');
    expect(gap.success && gap.found && [gap.at.utc, gap.at.local, gap.at.offset]).toEqual(['2026-03-08T07:00:00.000Z', '2026-03-08T03:00:00', '-04:00']);
    const twice = oneRange('America/New_York', 'sunday', '01:30', '02:00');
    const second = nextOpening(twice, '2026-11-01T01:00:00-05:00');
    expect(second.success && second.found && [second.at.utc, second.at.local, second.at.offset]).toEqual(['2026-11-01T06:30:00.000Z', '2026-11-01T01:30:00', '-05:00']);
  });

  it('skips closures given by the integrator', () => {
    const s = { ...dukeHours(), closures: [{ date: '2026-11-02' }, { from: '2026-11-03', to: '2026-11-04' }] };
    const r = nextOpening(s, '2026-10-30T17:00:00-04:00');
    expect(r.success && r.found && r.at.local).toBe('2026-11-05T08:00:00');
  });

  it('says why nothing was found', () => {
    expect(nextOpening({ timeZone: 'UTC', weekly: {} }, 0)).toEqual({ success: true, found: false, reason: 'no-weekly-hours' });
    expect(nextOpening(oneRange('UTC', 'thursday', '09:00', '10:00'), '2200-01-01T00:00:00Z')).toEqual({ success: true, found: false, reason: 'beyond-limit' });
  });

  it('returns promptly when closures cover every day up to the limit (1,000 closures of 366 days)', () => {
    const closures = Array.from({ length: 1000 }, (_, i) => {
      const from = Date.UTC(1899, 0, 1) + i * 366 * 86_400_000;
      return { from: new Date(from).toISOString().slice(0, 10), to: new Date(from + 365 * 86_400_000).toISOString().slice(0, 10) };
    });
    const r = parseSchedule({ timeZone: 'America/New_York', weekly: { monday: [{ start: '08:00', end: '09:00' }] }, closures });
    if (!r.success) throw new Error('schedule refused');
    expect(nextOpening(r.schedule, '1900-01-01T00:00:00Z')).toEqual({ success: true, found: false, reason: 'beyond-limit' });
  });

  it('reports bad input as issues', () => {
    expect(nextOpening(duke, '2026-11-02')).toEqual({
      success: false,
      issues: [{ path: ['at'], code: 'invalid_instant', message: 'This is not a valid instant.' }],
    });
    expect(nextOpening({ timeZone: 'UTC', weekly: { monday: [{ start: '10:00', end: '09:00' }] } }, 0, { locale: es })).toEqual({
      success: false,
      issues: [{ path: ['schedule', 'weekly', 'monday', 0, 'end'], code: 'time_order', message: 'La hora de fin debe ser posterior a la hora de inicio.' }],
    });
  });
});

describe('nextOpening at the 2200-01-01 limit (inclusive)', () => {
  const MAX = HOURS_LIMITS.maxInstant; // a Wednesday, 00:00 UTC
  const H = 3_600_000;
  const s = { timeZone: 'UTC', weekly: { wednesday: [{ start: '00:00', end: '01:00' }] } };
  const ms = (r: ReturnType<typeof nextOpening>) => (r.success && r.found ? r.at.epochMs : r);

  it('finds an opening exactly at the limit, from before it and from the limit itself', () => {
    expect(ms(nextOpening(s, MAX - H))).toBe(MAX);
    expect(ms(nextOpening(s, MAX))).toBe(MAX);
    expect(ms(nextOpening(s, MAX - 7 * 24 * H - H))).toBe(MAX - 7 * 24 * H);
  });
});
