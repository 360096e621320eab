import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/calendar-date';
import type { CalendarDate } from '../../core/types';
import { DIRECTORY_EDITIONS } from '../../directory/editions';
import type { Portal } from '../../directory/types';
import { availabilityOf, portalAvailability } from './portals';

const portalsOf = (i: number): readonly Portal[] =>
  DIRECTORY_EDITIONS[i]?.destinations.find((d) => d.id === 'lake-norman-medical-records')?.portals ?? [];
const [MY_DUKE, MYHEALTHHOME, ATHENA] = portalsOf(1) as [Portal, Portal, Portal];
const [SEED_PORTAL] = portalsOf(0) as [Portal];
const PERIOD = { from: '2025-10-18', minEnd: '2026-10-18', maxEnd: '2027-04-18' };

describe('portalAvailability', () => {
  it('legacy portals: available before 12 months, may be gone until 18, gone from 18', () => {
    for (const portal of [MYHEALTHHOME, ATHENA]) {
      const at = (d: string) => availabilityOf(portal, d as CalendarDate);
      expect(at('2025-10-18')).toEqual({ id: portal.id, name: portal.name, holds: portal.holds, status: 'available', ruleId: 'ln.legacy-portals', period: PERIOD });
      expect(at('2026-10-17').status).toBe('available');
      expect(at('2026-10-18').status).toBe('may-no-longer-be-available');
      expect(at('2026-10-18').ruleId).toBe('ln.legacy-portals-may-be-gone');
      expect(at('2027-04-17').status).toBe('may-no-longer-be-available');
      expect(at('2027-04-18').status).toBe('no-longer-available');
      expect(at('2027-04-18').ruleId).toBe('ln.legacy-portals-gone');
      expect(at('2099-01-01').status).toBe('no-longer-available');
      expect(availabilityOf(portal, null)).toMatchObject({ status: 'unverified', ruleId: 'ln.legacy-portals', period: PERIOD });
    }
  });

  it('portals without a time limit are current whatever the date', () => {
    expect(availabilityOf(MY_DUKE, '2030-01-01')).toEqual({
      id: 'my-duke-health',
      name: 'My Duke Health',
      holds: MY_DUKE.holds,
      status: 'current',
      ruleId: 'ln.my-duke-health',
      period: null,
    });
    expect(availabilityOf(SEED_PORTAL, null)).toMatchObject({ id: 'patient-portal', status: 'current', ruleId: 'ln.patient-portal' });
  });

  it('the status is monotonic in time', () => {
    const order = ['available', 'may-no-longer-be-available', 'no-longer-available'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 400 }), (a, step) => {
        const d1 = addDays('2025-10-18', a);
        const d2 = addDays(d1, step);
        expect(order.indexOf(availabilityOf(ATHENA, d1).status)).toBeLessThanOrEqual(order.indexOf(availabilityOf(ATHENA, d2).status));
      }),
    );
  });
});

describe('portalAvailability on any value', () => {
  it('parses the portal and the date, then gives the status of availabilityOf', () => {
    for (const portal of [MY_DUKE, MYHEALTHHOME, SEED_PORTAL])
      for (const asOf of [null, '2026-10-18'])
        expect(portalAvailability(portal, asOf)).toEqual({ success: true, ...availabilityOf(portal, asOf as CalendarDate | null) });
  });

  it('returns input issues, never a throw or a NaN date, for a value that is not a portal or a date', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } });
    for (const bad of [undefined, null, Number.NaN, '', [], {}, 'x'.repeat(100_000), JSON.parse('{"__proto__":{"polluted":1}}'), trap]) {
      const r = portalAvailability(bad, null);
      expect(r.success).toBe(false);
      expect(JSON.stringify(r)).not.toMatch(/NaN/);
    }
    expect(portalAvailability({ ...MYHEALTHHOME, availability: { from: '2025-02-30', minMonths: 12, maxMonths: 18 } }, null)).toMatchObject({
      success: false,
      issues: [{ path: ['portal', 'availability', 'from'] }],
    });
    expect(portalAvailability(MYHEALTHHOME, '2026-13-01')).toMatchObject({ success: false, issues: [{ path: ['asOf'] }] });
  });
});
