import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/calendar-date';
import type { CalendarDate } from '../../core/types';
import { DIRECTORY_EDITIONS } from '../../directory/editions';
import type { Portal } from '../../directory/types';
import { portalAvailability } from './portals';

const portalsOf = (i: number): readonly Portal[] =>
  DIRECTORY_EDITIONS[i]?.destinations.find((d) => d.id === 'lake-norman-medical-records')?.portals ?? [];
const [MY_DUKE, MYHEALTHHOME, ATHENA] = portalsOf(1) as [Portal, Portal, Portal];
const [SEED_PORTAL] = portalsOf(0) as [Portal];
const PERIOD = { from: '2025-10-18', minEnd: '2026-10-18', maxEnd: '2027-04-18' };

describe('portalAvailability', () => {
  it('legacy portals: available before 12 months, may be gone until 18, gone from 18', () => {
    for (const portal of [MYHEALTHHOME, ATHENA]) {
      const at = (d: string) => portalAvailability(portal, d as CalendarDate);
      expect(at('2025-10-18')).toEqual({ id: portal.id, name: portal.name, holds: portal.holds, status: 'available', ruleId: 'ln.legacy-portals', period: PERIOD });
      expect(at('2026-10-17').status).toBe('available');
      expect(at('2026-10-18').status).toBe('may-no-longer-be-available');
      expect(at('2026-10-18').ruleId).toBe('ln.legacy-portals-may-be-gone');
      expect(at('2027-04-17').status).toBe('may-no-longer-be-available');
      expect(at('2027-04-18').status).toBe('no-longer-available');
      expect(at('2027-04-18').ruleId).toBe('ln.legacy-portals-gone');
      expect(at('2099-01-01').status).toBe('no-longer-available');
      expect(portalAvailability(portal, null)).toMatchObject({ status: 'unverified', ruleId: 'ln.legacy-portals', period: PERIOD });
    }
  });

  it('portals without a time limit are current whatever the date', () => {
    expect(portalAvailability(MY_DUKE, '2030-01-01')).toEqual({
      id: 'my-duke-health',
      name: 'My Duke Health',
      holds: MY_DUKE.holds,
      status: 'current',
      ruleId: 'ln.my-duke-health',
      period: null,
    });
    expect(portalAvailability(SEED_PORTAL, null)).toMatchObject({ id: 'patient-portal', status: 'current', ruleId: 'ln.patient-portal' });
  });

  it('the status is monotonic in time', () => {
    const order = ['available', 'may-no-longer-be-available', 'no-longer-available'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 400 }), (a, step) => {
        const d1 = addDays('2025-10-18', a);
        const d2 = addDays(d1, step);
        expect(order.indexOf(portalAvailability(ATHENA, d1).status)).toBeLessThanOrEqual(order.indexOf(portalAvailability(ATHENA, d2).status));
      }),
    );
  });
});
