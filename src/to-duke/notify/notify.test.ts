import { describe, expect, it } from 'vitest';
import { mustNotifyFirst, NOTIFY_RULES, notifyHits } from './notify';

describe('NOTIFY_RULES', () => {
  it('puts the notify duty on external clinics and notes Duke follows up', () => {
    expect(NOTIFY_RULES.map((r) => [r.id, r.severity, r.area])).toEqual([
      ['notify.external-clinic', 'warning', 'notify'],
      ['notify.duke-follows-up', 'info', 'notify'],
    ]);
  });
});

describe('mustNotifyFirst', () => {
  it('is true for external clinics only', () => {
    expect(mustNotifyFirst('external-clinic')).toBe(true);
    expect(mustNotifyFirst('patient')).toBe(false);
    expect(mustNotifyFirst('other')).toBe(false);
  });
});

describe('notifyHits', () => {
  it('warns an external clinic that has not notified', () => {
    expect(notifyHits({ sender: 'external-clinic', actions: { notifiedMedicalRecords: false } })).toEqual([
      { ruleId: 'notify.external-clinic', severity: 'warning', path: ['actions', 'notifiedMedicalRecords'] },
      { ruleId: 'notify.duke-follows-up', severity: 'info' },
    ]);
  });

  it('only notes the follow-up otherwise', () => {
    const only = [{ ruleId: 'notify.duke-follows-up', severity: 'info' }];
    expect(notifyHits({ sender: 'external-clinic', actions: { notifiedMedicalRecords: true } })).toEqual(only);
    expect(notifyHits({ sender: 'patient', actions: { notifiedMedicalRecords: false } })).toEqual(only);
    expect(notifyHits({ sender: 'other', actions: { notifiedMedicalRecords: false } })).toEqual(only);
  });
});
