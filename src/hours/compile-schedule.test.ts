import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../core/deep-freeze';
import { getDestination } from '../directory/get-destination';
import { cached, compile, resolveSchedule, type Compiled } from './compile-schedule';
import type { WeeklySchedule } from './types';
import { zoneTable } from './zone-table';
import { ENGLISH } from '../core/locale';
import { es } from '../locales/es';

const H = 3_600_000;
const DAY = 24 * H;
const day = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;

describe('compile', () => {
  it('turns each weekday into sorted, merged [start, end] pairs in ms, Monday first', () => {
    const c = compile({
      timeZone: 'Europe/London',
      weekly: {
        monday: [
          { start: '13:00', end: '17:00' },
          { start: '09:00', end: '12:00' },
          { start: '11:00', end: '12:30' },
          { start: '12:30', end: '13:00' },
          { start: '18:00', end: '19:00' },
        ],
        sunday: [{ start: '00:00', end: '24:00' }],
      },
    });
    expect(c.week).toEqual([[9 * H, 17 * H, 18 * H, 19 * H], [], [], [], [], [], [0, DAY]]);
    expect(c.timeZone).toBe('Europe/London');
    expect(c.table).toBe(zoneTable('Europe/London'));
    expect(c.closed).toEqual([]);
    expect(c.hasHours).toBe(true);
    expect(c.allDay).toBe(false);
  });

  it('merges closures that overlap or touch into day-number ranges', () => {
    const c = compile({
      timeZone: 'UTC',
      weekly: {},
      closures: [
        { from: '2026-12-28', to: '2026-12-31' },
        { date: '2026-12-25' },
        { date: '2027-01-01' },
        { from: '2026-12-24', to: '2026-12-25' },
        { date: '2027-01-03' },
      ],
    });
    expect(c.closed).toEqual([day('2026-12-24'), day('2026-12-25'), day('2026-12-28'), day('2027-01-01'), day('2027-01-03'), day('2027-01-03')]);
    expect(c.hasHours).toBe(false);
    expect(c.allDay).toBe(false);
  });

  it('knows a schedule open around the clock, and only that', () => {
    const full = [{ start: '00:00', end: '24:00' }];
    const all = { monday: full, tuesday: full, wednesday: full, thursday: full, friday: full, saturday: full, sunday: full };
    expect(compile({ timeZone: 'UTC', weekly: all }).allDay).toBe(true);
    expect(compile({ timeZone: 'UTC', weekly: { ...all, sunday: [{ start: '00:00', end: '12:00' }, { start: '12:00', end: '24:00' }] } }).allDay).toBe(true);
    expect(compile({ timeZone: 'UTC', weekly: { ...all, sunday: [{ start: '00:01', end: '24:00' }] } }).allDay).toBe(false);
    expect(compile({ timeZone: 'UTC', weekly: { ...all, sunday: [{ start: '00:00', end: '23:59' }] } }).allDay).toBe(false);
    expect(compile({ timeZone: 'UTC', weekly: { ...all, sunday: [{ start: '00:00', end: '01:00' }, { start: '02:00', end: '24:00' }] } }).allDay).toBe(false);
    const { sunday: _, ...sixDays } = all;
    expect(compile({ timeZone: 'UTC', weekly: sixDays }).allDay).toBe(false);
  });
});

describe('resolveSchedule', () => {
  const fresh = (): WeeklySchedule => ({ timeZone: 'Asia/Kolkata', weekly: { monday: [{ start: '09:30', end: '18:00' }] } });

  it('compiles the directory schedule once and caches it by identity', () => {
    const r = getDestination('duke-document-management');
    const hours = (r.success ? r.destination?.hours : null) as WeeklySchedule;
    const first = resolveSchedule(hours, ENGLISH, ['schedule']) as Compiled;
    expect(first.success).toBe(true);
    expect(cached(hours)).toBe(first);
    expect(resolveSchedule(hours, ENGLISH, ['schedule'])).toBe(first);
    expect(first.week.slice(0, 5)).toEqual(Array(5).fill([8 * H, 16.5 * H]));
    expect(first.week.slice(5)).toEqual([[], []]);
  });

  it('caches deeply frozen plain data, never a schedule that could still change', () => {
    const frozen = deepFreeze(fresh());
    expect(resolveSchedule(frozen, ENGLISH, []).success).toBe(true);
    expect(cached(frozen)).toBeDefined();

    const open = fresh();
    expect(resolveSchedule(open, ENGLISH, []).success).toBe(true);
    expect(cached(open)).toBeUndefined();

    const shallow = Object.freeze(fresh());
    resolveSchedule(shallow, ENGLISH, []);
    expect(cached(shallow)).toBeUndefined();

    const openRange = fresh();
    Object.freeze(openRange);
    Object.freeze(openRange.weekly);
    Object.freeze(openRange.weekly.monday);
    resolveSchedule(openRange, ENGLISH, []);
    expect(cached(openRange)).toBeUndefined();

    let zone = 'Asia/Kolkata';
    const getter = Object.freeze({ get timeZone() { return zone; }, weekly: Object.freeze({}) });
    expect(resolveSchedule(getter, ENGLISH, []).success).toBe(true);
    expect(cached(getter)).toBeUndefined();
    zone = 'Europe/London';
    expect((resolveSchedule(getter, ENGLISH, []) as Compiled).timeZone).toBe('Europe/London');

    const inherited = Object.freeze(Object.create(Object.freeze({ timeZone: 'UTC', weekly: Object.freeze({}) })) as object);
    expect(resolveSchedule(inherited, ENGLISH, []).success).toBe(true);
    expect(cached(inherited)).toBeUndefined();

    const deep = deepFreeze({ ...fresh(), extra: { a: { b: { c: {} } } } }); // an object at depth 4
    expect(resolveSchedule(deep, ENGLISH, []).success).toBe(true);
    expect(cached(deep)).toBeUndefined();
    const shallowExtra = deepFreeze({ ...fresh(), extra: { a: { b: {} } } }); // depth 3: as deep as a schedule goes
    resolveSchedule(shallowExtra, ENGLISH, []);
    expect(cached(shallowExtra)).toBeDefined();
  });

  it('does not cache a frozen proxy whose descriptor trap throws', () => {
    const target = deepFreeze(fresh());
    const proxy = new Proxy(target, {
      getOwnPropertyDescriptor() {
        throw new Error('trap');
      },
    });
    expect(resolveSchedule(proxy, ENGLISH, []).success).toBe(true);
    expect(cached(proxy)).toBeUndefined();
  });

  it('prefixes issue paths with where the schedule sits', () => {
    expect(resolveSchedule({ timeZone: 'UTC', weekly: { monday: [{ start: '9', end: '10:00' }] } }, es, ['destination', 'hours'])).toEqual({
      success: false,
      issues: [{ path: ['destination', 'hours', 'weekly', 'monday', 0, 'start'], code: 'invalid_format', message: 'Este valor no tiene el formato esperado.' }],
    });
    expect(resolveSchedule(null, ENGLISH, ['schedule'])).toEqual({
      success: false,
      issues: [{ path: ['schedule'], code: 'invalid_type', message: 'This value must be an object.', expected: 'object' }],
    });
  });

  it('answers from the memo and the WeakMap alike', () => {
    const a = deepFreeze(fresh());
    const b = deepFreeze({ timeZone: 'UTC', weekly: {} });
    const ca = resolveSchedule(a, ENGLISH, []) as Compiled;
    const cb = resolveSchedule(b, ENGLISH, []) as Compiled;
    expect(cached(a)).toBe(ca);
    expect(cached(b)).toBe(cb);
    expect(cached(a)).toBe(ca);
    expect(cached(fresh())).toBeUndefined();
    expect(cached(a)).toBe(ca);
    expect(cached(42)).toBeUndefined();
  });
});

describe('resolveSchedule caching, edge', () => {
  it('caches a frozen schedule that holds null under a key the schema ignores', () => {
    const s = Object.freeze({ timeZone: 'UTC', weekly: Object.freeze({}), note: null }) as unknown as WeeklySchedule;
    expect(resolveSchedule(s, ENGLISH, []).success).toBe(true);
    expect(cached(s)).toBeDefined();
  });
});
