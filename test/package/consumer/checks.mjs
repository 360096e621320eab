// One real call per public entry, shared by the ESM and CJS smoke tests.
import assert from 'node:assert/strict';

export const checks = {
  'duke-records-rules': (m) => {
    assert.equal(m.getRule('language.interpreter').area, 'language');
    const r = m.getDestination('lake-norman-medical-records', { asOf: '2025-01-01' });
    assert.equal(r.destination.fax.display, '(704) 660-4038');
  },
  'duke-records-rules/hours': (m) => {
    assert.ok(Object.keys(m).length > 0);
  },
  'duke-records-rules/phone': (m) => {
    assert.ok(Object.keys(m).length > 0);
  },
  'duke-records-rules/tracking': (m) => {
    assert.ok(Object.keys(m).length > 0);
  },
};
