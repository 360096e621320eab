// One real call per public entry, shared by the ESM and CJS smoke tests.
import assert from 'node:assert/strict';

export const checks = {
  'duke-records-rules': (m) => {
    assert.equal(m.getRule('language.interpreter').area, 'language');
    const r = m.getDestination('lake-norman-medical-records', { asOf: '2025-01-01' });
    assert.equal(r.destination.fax.display, '(704) 660-4038');
    const s = m.evaluateSubmission({
      sender: 'external-clinic',
      patient: { name: 'Jane Doe', dateOfBirth: '1980-01-01' },
      items: [{ kind: 'media', medium: 'cd', radiology: ['mri'], label: { name: true, dateOfBirth: true } }],
      channel: { kind: 'mail', carrier: 'usps' },
    });
    assert.equal(s.success, true);
    assert.equal(s.verdict, 'not-accepted');
    assert.ok(!JSON.stringify(s).includes('Jane Doe'));
    assert.equal(m.carrierPolicy('usps').recommended, false);
    const fax = m.faxLineAccepts('lake-norman-fax', { purpose: 'other' }, { asOf: '2025-06-01' });
    assert.equal(fax.accepted, false);
    const route = m.routeRecordsRequest(
      { requester: 'patient', recipient: 'patient', purpose: 'other', patient: { situation: 'adult' }, signer: { role: 'patient' } },
      { asOf: '2026-11-25' },
    );
    assert.equal(route.destination.id, 'duke-release-of-information');
    assert.equal(m.accessDeadline('2026-01-05').dueOn, '2026-02-04');
    assert.equal(m.evaluateSubmission(null).success, false);
  },
  'duke-records-rules/hours': (m) => {
    const schedule = { timeZone: 'America/New_York', weekly: { monday: [{ start: '08:00', end: '16:30' }] } };
    assert.equal(m.isOpen(schedule, '2026-11-02T13:00:00Z').open, true); // 08:00 EST, the day after DST ends
    assert.equal(m.isOpen(schedule, '2026-11-02T12:59:59Z').open, false);
  },
  'duke-records-rules/phone': (m) => {
    assert.equal(m.toE164('(704) 660-4038'), '+17046604038');
    assert.equal(m.toE164('555-123-4567'), null);
  },
  'duke-records-rules/tracking': (m) => {
    assert.equal(m.checkTrackingNumber('ups', '1Z999AA10123456784').valid, true);
    assert.equal(m.detectCarrier('1Z999AA10123456784'), 'ups');
  },
};
