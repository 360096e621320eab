import { describe, expect, it } from 'vitest';
import * as hours from '.';

describe('duke-records-rules/hours', () => {
  it('exports exactly the hours API', () => {
    expect(Object.keys(hours).sort()).toEqual([
      'HOURS_LIMITS',
      'WEEKDAYS',
      'isOpen',
      'nextCallWindow',
      'nextClosing',
      'nextOpening',
      'openIntervals',
      'parseSchedule',
      'weeklyScheduleSchema',
    ]);
    expect(Object.isFrozen(hours.HOURS_LIMITS)).toBe(true);
    expect(Object.isFrozen(hours.WEEKDAYS)).toBe(true);
  });
});
