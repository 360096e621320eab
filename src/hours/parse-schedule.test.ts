import { describe, expect, it } from 'vitest';
import { cached } from './compile-schedule';
import { parseSchedule } from './parse-schedule';
import { WEEKDAYS, weeklyScheduleSchema } from './schedule-schema';
import { hostileValues, throwingGetters } from '../../test/support/hostile';
import type { Locale } from '../core/locale';
import { es } from '../locales/es';

const NY = 'America/New_York';
const issues = (input: unknown, locale?: Locale) => {
  const r = parseSchedule(input, locale === undefined ? undefined : { locale });
  return r.success ? [] : r.issues.map((i) => [i.path.join('.'), i.code]);
};

describe('parseSchedule', () => {
  it('returns a frozen, compiled copy with the zone trimmed and unknown keys dropped', () => {
    const input = { timeZone: `  ${NY} `, weekly: { monday: [{ start: '08:00', end: '16:30', note: 'x' }] }, extra: 1 };
    const r = parseSchedule(input);
    expect(r).toEqual({ success: true, schedule: { timeZone: NY, weekly: { monday: [{ start: '08:00', end: '16:30' }] } } });
    if (!r.success) return;
    expect(r.schedule).not.toBe(input);
    expect(Object.isFrozen(r.schedule.weekly.monday?.[0])).toBe(true);
    expect(cached(r.schedule)?.week[0]).toEqual([8 * 3_600_000, 16.5 * 3_600_000]);
    expect(cached(input)).toBeUndefined();
    expect(input.timeZone).toBe(`  ${NY} `);
  });

  it('keeps closures in both forms', () => {
    const closures = [{ date: '2026-12-25' }, { from: '2026-12-31', to: '2027-01-01' }];
    const r = parseSchedule({ timeZone: NY, weekly: {}, closures });
    expect(r.success && r.schedule.closures).toEqual(closures);
  });

  it('accepts 00:00 to 24:00, several ranges a day, and every weekday', () => {
    const weekly = Object.fromEntries(WEEKDAYS.map((d) => [d, [{ start: '00:00', end: '24:00' }, { start: '23:59', end: '24:00' }]]));
    expect(parseSchedule({ timeZone: 'UTC', weekly }).success).toBe(true);
    expect(WEEKDAYS).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
  });

  it('refuses unknown zones, with the same code for every way of being wrong', () => {
    for (const timeZone of ['Mars/Olympus_Mons', 'EST+5', '+05:30', 'America/New York', '/UTC', '', 'x'.repeat(65)]) {
      expect(issues({ timeZone, weekly: {} }), timeZone).toEqual([[timeZone.length > 64 ? 'timeZone' : 'timeZone', timeZone.length > 64 ? 'too_big' : 'invalid_time_zone']]);
    }
    expect(issues({ timeZone: 42, weekly: {} })).toEqual([['timeZone', 'invalid_type']]);
  });

  it('refuses times that are not HH:mm between 00:00 and 24:00, and ends not after starts', () => {
    const day = (start: unknown, end: unknown) => issues({ timeZone: NY, weekly: { friday: [{ start, end }] } });
    expect(day('8:00', '16:30')).toEqual([['weekly.friday.0.start', 'invalid_format']]);
    expect(day('08:00', '24:01')).toEqual([['weekly.friday.0.end', 'invalid_format']]);
    expect(day('24:00', '24:00')).toEqual([['weekly.friday.0.end', 'time_order']]);
    expect(day('08:60', '09:00')).toEqual([['weekly.friday.0.start', 'invalid_format']]);
    expect(day('25:00', '26:00')).toEqual([
      ['weekly.friday.0.start', 'invalid_format'],
      ['weekly.friday.0.end', 'invalid_format'],
    ]);
    expect(day('16:30', '08:00')).toEqual([['weekly.friday.0.end', 'time_order']]);
    expect(day('08:00', '08:00')).toEqual([['weekly.friday.0.end', 'time_order']]);
    expect(day('08:00', '08:01')).toEqual([]);
    expect(day('08:00:00', '09:00')).toEqual([['weekly.friday.0.start', 'too_big']]);
    expect(day(800, '09:00')).toEqual([['weekly.friday.0.start', 'invalid_type']]);
  });

  it('refuses misspelt weekdays rather than silently closing them', () => {
    expect(issues({ timeZone: NY, weekly: { Monday: [] } })).toEqual([['weekly', 'invalid_input']]);
    expect(issues({ timeZone: NY, weekly: { mon: [] } })).toEqual([['weekly', 'invalid_input']]);
  });

  it('bounds ranges per day and closures', () => {
    const range = { start: '08:00', end: '09:00' };
    expect(issues({ timeZone: NY, weekly: { monday: Array(48).fill(range) } })).toEqual([]);
    expect(issues({ timeZone: NY, weekly: { monday: Array(49).fill(range) } })).toEqual([['weekly.monday', 'too_big']]);
    const closure = { date: '2026-12-25' };
    expect(issues({ timeZone: NY, weekly: {}, closures: Array(1000).fill(closure) })).toEqual([]);
    expect(issues({ timeZone: NY, weekly: {}, closures: Array(1001).fill(closure) })).toEqual([['closures', 'too_big']]);
  });

  it('checks closures: real dates, one form, in order, at most 366 days', () => {
    const c = (closure: unknown) => issues({ timeZone: NY, weekly: {}, closures: [closure] });
    expect(c({ date: '2026-02-29' })).toEqual([['closures.0.date', 'invalid_date']]);
    expect(c({ date: '2026-12-25', from: '2026-12-24', to: '2026-12-26' })).toEqual([['closures.0', 'invalid_input']]);
    expect(c({ from: '2026-12-24' })).toEqual([['closures.0', 'invalid_input']]);
    expect(c({ to: '2026-12-24' })).toEqual([['closures.0', 'invalid_input']]);
    expect(c({ date: '2026-12-25', to: '2026-12-26' })).toEqual([['closures.0', 'invalid_input']]);
    expect(c({})).toEqual([['closures.0', 'invalid_input']]);
    expect(c({ from: '2026-12-26', to: '2026-12-25' })).toEqual([['closures.0.to', 'date_order']]);
    expect(c({ from: '2026-12-25', to: '2026-12-25' })).toEqual([]);
    expect(c({ from: '2026-01-01', to: '2027-01-01' })).toEqual([]); // 366 days
    expect(c({ from: '2026-01-01', to: '2027-01-02' })).toEqual([['closures.0.to', 'too_big']]);
    expect(c({ from: '2026-02-30', to: '2026-01-01' })).toEqual([['closures.0.from', 'invalid_date']]);
    expect(c({ date: '2026-12-25T00:00:00Z' })).toEqual([['closures.0.date', 'too_big']]);
    expect(c('2026-12-25')).toEqual([['closures.0', 'invalid_type']]);
  });

  it('writes issue messages in the requested language, never echoing the input', () => {
    const r = parseSchedule({ timeZone: 'Jane Doe/1970-01-01', weekly: {} }, { locale: es });
    expect(r).toEqual({ success: false, issues: [{ path: ['timeZone'], code: 'invalid_time_zone', message: 'Esta no es una zona horaria IANA conocida.' }] });
    expect(JSON.stringify(r)).not.toContain('Jane');
    for (const locale of ['fr', 'es']) {
      expect(parseSchedule({ timeZone: NY, weekly: {} }, { locale } as never)).toEqual({
        success: false,
        issues: [{ path: ['options'], code: 'invalid_value', message: 'This value is not one of the allowed options.' }],
      });
    }
  });

  it('reads a partial locale text by text, English where it gives none', () => {
    const partial: Locale = { code: 'en-x-partial', texts: { issues: { invalid_time_zone: 'Unknown zone.', invalid_type: 42 } } };
    expect(parseSchedule({ timeZone: 'Nowhere/City', weekly: 1 }, { locale: partial })).toEqual({
      success: false,
      issues: [
        { path: ['timeZone'], code: 'invalid_time_zone', message: 'Unknown zone.' },
        { path: ['weekly'], code: 'invalid_type', message: 'This value must be an object.', expected: 'object' },
      ],
    });
    expect(parseSchedule({ timeZone: 'Nowhere/City', weekly: {} }, { locale: { code: 'xx', texts: {} } })).toEqual({
      success: false,
      issues: [{ path: ['timeZone'], code: 'invalid_time_zone', message: 'This is not a known IANA time zone.' }],
    });
  });

  it('never throws, whatever it is given', () => {
    for (const value of hostileValues(['timeZone', 'weekly', 'closures'])) {
      const r = parseSchedule(value);
      expect(r.success).toBe(false);
    }
    expect(parseSchedule(throwingGetters(['timeZone', 'weekly']))).toEqual({
      success: false,
      issues: [{ path: [], code: 'unreadable_input', message: 'The input could not be read.' }],
    });
  });

  it('is the schema a caller can compose', () => {
    expect(weeklyScheduleSchema.safeParse({ timeZone: 'Europe/London', weekly: { monday: [{ start: '09:00', end: '17:00' }] } }).success).toBe(true);
    expect(weeklyScheduleSchema.safeParse({ timeZone: 'Europe/London', weekly: { Monday: [] } }).success).toBe(false);
  });
});
