// One real call per public entry, shared by the ESM and CJS smoke tests.
// `load(entry)` gives another entry loaded the same way (import or require),
// for checks that combine entries (a locale value with a domain function).
import assert from 'node:assert/strict';

const clinicMailsMri = {
  sender: 'external-clinic',
  patient: { name: 'Jane Doe', dateOfBirth: '1980-01-01' },
  items: [{ kind: 'media', medium: 'cd', radiology: ['mri'], label: { name: true, dateOfBirth: true } }],
  channel: { kind: 'mail', carrier: 'usps' },
};
const patientAsks = { requester: 'patient', recipient: 'patient', purpose: 'other', patient: { situation: 'adult' }, signer: { role: 'patient' } };
const CATALOG = ['RULES', 'getRule', 'MESSAGES', 'formatMessage', 'cite', 'LANGUAGE_RULES', 'CARRIER_RULES', 'LAKE_NORMAN_RULES'];

export const checks = {
  'duke-records-rules': (m) => {
    const r = m.getDestination('lake-norman-medical-records', { asOf: '2025-01-01' });
    assert.equal(r.destination.fax.display, '(704) 660-4038');
    const s = m.evaluateSubmission(clinicMailsMri);
    assert.equal(s.success, true);
    assert.equal(s.verdict, 'not-accepted');
    assert.ok(!JSON.stringify(s).includes('Jane Doe'));
    assert.equal(m.carrierPolicy('usps').recommended, false);
    const fax = m.faxLineAccepts({ lineId: 'lake-norman-fax', request: { purpose: 'other' } }, { asOf: '2025-06-01' });
    assert.equal(fax.accepted, false);
    const route = m.routeRecordsRequest(patientAsks, { asOf: '2026-11-25' });
    assert.equal(route.destination.id, 'duke-release-of-information');
    assert.equal(m.accessDeadline('2026-01-05').dueOn, '2026-02-04');
    assert.equal(m.evaluateSubmission(null).success, false);
    // The root holds the three domains, not the catalog.
    for (const name of CATALOG) assert.equal(m[name], undefined, `the root exports ${name}`);
  },
  'duke-records-rules/to-duke': (m, load) => {
    const s = m.evaluateSubmission(clinicMailsMri);
    assert.equal(s.verdict, 'not-accepted');
    assert.equal(m.carrierPolicy('fedex').recommended, true);
    assert.equal(m.submissionSchema.safeParse(clinicMailsMri).success, true);
    const { es } = load('duke-records-rules/locales/es');
    const spanish = m.evaluateSubmission(clinicMailsMri, { locale: es });
    assert.equal(spanish.verdict, 'not-accepted');
    assert.notEqual(spanish.steps[0].text, s.steps[0].text);
    // A locale is a value: the string 'es' is refused like any invalid locale.
    const byString = m.evaluateSubmission(clinicMailsMri, { locale: 'es' });
    assert.equal(byString.success, false);
    assert.deepEqual(byString.issues[0].path, ['options', 'locale']);
    assert.equal(byString.issues[0].code, 'invalid_value');
  },
  'duke-records-rules/lake-norman': (m, load) => {
    const route = m.routeRecordsRequest(patientAsks, { asOf: '2026-11-25' });
    assert.equal(route.destination.id, 'duke-release-of-information');
    assert.equal(m.faxLineAccepts({ lineId: 'lake-norman-fax', request: { purpose: 'other' } }, { asOf: '2025-06-01' }).accepted, false);
    const { es } = load('duke-records-rules/locales/es');
    const spanish = m.routeRecordsRequest(patientAsks, { asOf: '2026-11-25', locale: es });
    assert.equal(spanish.destination.id, 'duke-release-of-information');
    assert.notEqual(spanish.steps[0].text, route.steps[0].text);
  },
  'duke-records-rules/hipaa': (m) => {
    assert.equal(m.accessDeadline('2026-01-05').dueOn, '2026-02-04');
    assert.equal(m.ACCESS_DAYS, 30);
    const check = m.checkAuthorization({});
    assert.equal(typeof check.success, 'boolean');
  },
  'duke-records-rules/catalog': (m, load) => {
    assert.equal(m.getRule('language.interpreter').area, 'language');
    assert.ok(m.RULES.length > 50);
    assert.equal(typeof m.MESSAGES['carrier.lost-in-transit'], 'string');
    assert.equal(m.formatMessage('carrier.lost-in-transit'), m.MESSAGES['carrier.lost-in-transit']);
    const { es } = load('duke-records-rules/locales/es');
    const spanish = m.formatMessage('carrier.lost-in-transit', es);
    assert.equal(spanish, es.texts.rules['carrier.lost-in-transit']);
    assert.notEqual(spanish, m.MESSAGES['carrier.lost-in-transit']);
  },
  'duke-records-rules/locales/es': (m) => {
    assert.equal(m.es.code, 'es');
    assert.ok(Object.isFrozen(m.es) && Object.isFrozen(m.es.texts));
    for (const section of ['rules', 'issues', 'toDuke', 'lakeNorman']) assert.equal(typeof m.es.texts[section], 'object', section);
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
  'duke-records-rules/fhir': (m, load) => {
    const d = m.directoryToFhir({ asOf: '2026-11-25' });
    assert.equal(d.bundle.type, 'collection');
    const service = d.bundle.entry.find((e) => e.resource.resourceType === 'HealthcareService' && e.resource.id === 'duke-document-management').resource;
    assert.deepEqual(service.availableTime[0].daysOfWeek, ['mon', 'tue', 'wed', 'thu', 'fri']);
    const MR = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] };
    const p = m.patientFromFhir({ resourceType: 'Patient', name: [{ given: ['Jane'], family: 'Doe' }], birthDate: '1980-01-01', identifier: [{ type: MR, value: 'D1' }] });
    assert.deepEqual(p.patient, { name: 'Jane Doe', dateOfBirth: '1980-01-01', recordNumber: 'D1' });
    const partial = m.patientFromFhir({ resourceType: 'Patient', name: [{ text: 'Jane Doe' }], birthDate: '1980' });
    assert.equal(partial.issues[0].code, 'partial_date');
    assert.ok(!JSON.stringify(partial).includes('Jane'));
    const { es } = load('duke-records-rules/locales/es');
    assert.notEqual(m.patientFromFhir({ resourceType: 'Patient', birthDate: '1980' }, { locale: es }).issues[0].message, partial.issues[0].message);
    const written = m.authorizationToFhirConsent({ expiration: { kind: 'none' }, research: true }, { patient: { reference: 'Patient/1' } });
    const read = m.authorizationFromFhirConsent(written.consent);
    assert.deepEqual(read.authorization, { expiration: { kind: 'none' }, research: true });
    assert.deepEqual(read.notCarried, []);
  },
  'duke-records-rules/tracking': (m) => {
    assert.equal(m.checkTrackingNumber('ups', '1Z999AA10123456784').valid, true);
    assert.equal(m.detectCarrier('1Z999AA10123456784'), 'ups');
  },
  'duke-records-rules/standard-schema': (m, load) => {
    const { es } = load('duke-records-rules/locales/es');
    const schema = m.submissionEvaluator({ locale: es });
    assert.equal(schema['~standard'].version, 1);
    assert.equal(schema['~standard'].vendor, 'duke-records-rules');
    const bad = schema['~standard'].validate({ sender: 'nobody', patient: { name: 'Qx Jane xQ' } });
    assert.ok(bad.issues.length > 0 && !JSON.stringify(bad).includes('Jane'));
    assert.equal(m.deadlineEvaluator()['~standard'].validate({ receivedOn: '2026-01-05' }).value.dueOn, '2026-02-04');
    assert.equal(m.authorizationEvaluator()['~standard'].validate({}).value.complete, false);
    assert.equal(typeof m.recordsRequestEvaluator({ errorsAsIssues: true })['~standard'].validate({}).issues[0].code, 'string');
  },
};
