/**
 * Every public function that accepts outside data, fuzzed the same way:
 * `fc.anything()`, objects with the function's own keys and dangerous keys,
 * and the fixed hostile values (10 MB strings, 10,000-deep nesting, sparse
 * arrays, getters and proxies that throw, frozen and proxied objects). Each
 * call returns (never throws), leaves its input as it was, leaves
 * `Object.prototype` clean, and returns within a bounded time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as catalog from '../../src/catalog/index';
import * as hours from '../../src/hours/index';
import * as root from '../../src/index';
import * as phone from '../../src/phone/index';
import * as tracking from '../../src/tracking/index';
import * as fhir from '../../src/fhir/index';
import * as standardSchema from '../../src/standard-schema/index';
import { es } from '../../src/locales/es';
import { anythingFor, hostileValues, prototypePolluted, snapshot } from '../support/hostile';
import { rawSubmission } from '../support/submission-fixtures';

const NY = root.DIRECTORY_EDITIONS[0]?.destinations[0]?.hours as hours.WeeklySchedule;
const DM = root.DIRECTORY_EDITIONS[0]?.destinations[0] as root.Destination;
/** A submission that passes, so its findings and steps render the locale's texts. */
const SUBMISSION = rawSubmission();
/** A request that routes, so its findings and steps render the locale's texts. */
const REQUEST = { requester: 'attorney', recipient: 'third-party', purpose: 'other', channel: 'fax', formLanguage: 'es', preferredLanguage: 'es', patient: { situation: 'minor', dateOfBirth: '2012-03-04' }, signer: { role: 'custodial-parent' } };
/** The sections of a locale's texts. */
const SECTIONS = ['rules', 'issues', 'toDuke', 'lakeNorman'];
/** A readable FHIR Patient and Consent, for fuzzing one part at a time. */
const FHIR_PATIENT = { resourceType: 'Patient', name: [{ text: 'Jane Doe' }], birthDate: '1980-01-01' };
const FHIR_CONSENT = { resourceType: 'Consent', status: 'active', scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] } };
/** A locale whose texts are the fuzzed value. */
const textsOf = (v: unknown) => ({ code: 'xx', texts: v }) as never;

/** name → [the keys its input has, the call with the fuzzed value in each outside-data position]. */
const ENTRY_POINTS: Record<string, readonly [readonly string[], (v: unknown) => unknown]> = {
  evaluateSubmission: [['sender', 'patient', 'items', 'channel', 'actions'], (v) => root.evaluateSubmission(v, { locale: es })],
  'evaluateSubmission locale': [['code', 'texts'], (v) => [root.evaluateSubmission(SUBMISSION, { locale: v as never }), root.evaluateSubmission({}, { locale: v as never })]],
  'evaluateSubmission locale texts': [SECTIONS, (v) => [root.evaluateSubmission(SUBMISSION, { locale: textsOf(v) }), root.evaluateSubmission({}, { locale: textsOf(v) })]],
  'evaluateSubmission options': [['locale', 'asOf', 'documentManagementEmail'], (v) => root.evaluateSubmission({}, v as never)],
  routeRecordsRequest: [['requester', 'recipient', 'purpose', 'channel', 'patient', 'signer'], (v) => root.routeRecordsRequest(v)],
  'routeRecordsRequest options': [['locale', 'asOf'], (v) => root.routeRecordsRequest({}, v as never)],
  'routeRecordsRequest locale texts': [SECTIONS, (v) => [root.routeRecordsRequest(REQUEST, { locale: textsOf(v) }), root.routeRecordsRequest({}, { locale: textsOf(v) })]],
  faxLineAccepts: [['purpose', 'requester'], (v) => root.faxLineAccepts({ lineId: 'lake-norman-fax', request: v })],
  'faxLineAccepts line': [['purpose'], (v) => root.faxLineAccepts({ lineId: v as never, request: { purpose: 'other' } })],
  checkAuthorization: [['information', 'disclosedBy', 'disclosedTo', 'purpose', 'expiration', 'signature', 'statements'], (v) => root.checkAuthorization(v)],
  'checkAuthorization locale texts': [SECTIONS, (v) => root.checkAuthorization({}, { locale: textsOf(v) })],
  accessDeadline: [['extensions', 'asOf', 'locale'], (v) => root.accessDeadline(v, v as never)],
  // The other evaluators hand the value to functions fuzzed above; these two read it (and their options) themselves.
  deadlineEvaluator: [['receivedOn', 'extensions'], (v) => standardSchema.deadlineEvaluator({ locale: es })['~standard'].validate(v)],
  'evaluator options': [['locale', 'asOf', 'errorsAsIssues', 'documentManagementEmail'], (v) => [standardSchema.submissionEvaluator(v as never)['~standard'].validate(SUBMISSION), standardSchema.deadlineEvaluator(v as never)['~standard'].validate({ receivedOn: '2026-01-05' })]],
  getDestination: [['asOf', 'locale'], (v) => root.getDestination(v as never, v as never)],
  listDestinations: [['asOf', 'locale'], (v) => root.listDestinations(v as never)],
  editionFor: [['asOf'], (v) => root.editionFor(v as never)],
  carrierPolicy: [['carrier'], (v) => root.carrierPolicy(v as never)],
  getRule: [['id'], (v) => [catalog.getRule(v as never)]],
  'formatMessage locale': [['code', 'texts'], (v) => [catalog.formatMessage('carrier.trackable', v as never), catalog.formatMessage('language.interpreter', textsOf(v))]],
  interpreterNotice: [['language'], (v) => root.interpreterNotice(v as never)],
  isOpen: [['timeZone', 'weekly', 'closures'], (v) => [hours.isOpen(v as never, 0), hours.isOpen(NY, v as never)]],
  nextOpening: [['timeZone', 'weekly', 'closures'], (v) => [hours.nextOpening(v as never, 0), hours.nextOpening(NY, v as never)]],
  nextClosing: [['timeZone', 'weekly', 'closures'], (v) => [hours.nextClosing(v as never, 0), hours.nextClosing(NY, v as never)]],
  openIntervals: [['timeZone', 'weekly'], (v) => [hours.openIntervals(v as never, 0, 1), hours.openIntervals(NY, v as never, v as never)]],
  parseSchedule: [['timeZone', 'weekly', 'closures'], (v) => hours.parseSchedule(v, v as never)],
  'parseSchedule locale texts': [SECTIONS, (v) => hours.parseSchedule({ timeZone: 'Nowhere/City', weekly: {} }, { locale: textsOf(v) })],
  nextCallWindow: [['hours', 'notPublished'], (v) => [hours.nextCallWindow(v as never, 0), hours.nextCallWindow(DM, v as never)]],
  parseUsPhoneNumber: [['number'], (v) => phone.parseUsPhoneNumber(v)],
  toE164: [['number'], (v) => phone.toE164(v)],
  formatUsPhoneNumber: [['number'], (v) => phone.formatUsPhoneNumber(v)],
  toTelUri: [['number'], (v) => phone.toTelUri(v)],
  matchDirectoryNumber: [['number'], (v) => phone.matchDirectoryNumber(v)],
  isDirectoryNumber: [['destinationId', 'field', 'edition'], (v) => phone.isDirectoryNumber(v, v as never)],
  checkTrackingNumber: [['number'], (v) => [tracking.checkTrackingNumber('ups', v), tracking.checkTrackingNumber(v as never, '1Z999AA10123456784')]],
  detectCarrier: [['number'], (v) => tracking.detectCarrier(v)],
  patientFromFhir: [['resourceType', 'name', 'birthDate', 'identifier', 'modifierExtension'], (v) => [fhir.patientFromFhir(v), fhir.patientFromFhir({ resourceType: 'Patient', name: v, identifier: v })]],
  'patientFromFhir options': [['locale', 'recordNumberSystem'], (v) => fhir.patientFromFhir(FHIR_PATIENT, v as never)],
  directoryToFhir: [['asOf', 'locale'], (v) => fhir.directoryToFhir(v as never)],
  authorizationToFhirConsent: [['information', 'purpose', 'expiration', 'signature', 'statements'], (v) => fhir.authorizationToFhirConsent(v, { patient: { reference: 'Patient/1' } })],
  'authorizationToFhirConsent options': [['patient', 'locale'], (v) => [fhir.authorizationToFhirConsent({}, v as never), fhir.authorizationToFhirConsent({}, { patient: v as never })]],
  authorizationFromFhirConsent: [
    ['resourceType', 'status', 'scope', 'provision', 'performer', 'extension', 'dateTime'],
    (v) => [fhir.authorizationFromFhirConsent(v), fhir.authorizationFromFhirConsent({ ...FHIR_CONSENT, provision: v, performer: v, extension: v })],
  ],
  'authorizationFromFhirConsent extension': [['url', 'extension'], (v) => fhir.authorizationFromFhirConsent({ ...FHIR_CONSENT, extension: [v, { url: fhir.AUTHORIZATION_EXTENSION, extension: [v] }] })],
};

/** A generous bound: each call is microseconds; the 10 MB string and 10,000-deep values must not make it slow. */
const BOUND_MS = 2_000;

function callSafely(name: string, call: (v: unknown) => unknown, value: unknown): void {
  const before = snapshot(value);
  const start = performance.now();
  let result: unknown;
  expect(() => {
    result = call(value);
  }, name).not.toThrow();
  expect(performance.now() - start, `${name} took too long`).toBeLessThan(BOUND_MS);
  expect(result, name).not.toBeUndefined();
  expect(snapshot(value), `${name} mutated its input`).toBe(before);
  expect(prototypePolluted(), `${name} polluted Object.prototype`).toBe(false);
}

describe.each(Object.entries(ENTRY_POINTS))('%s', (name, [keys, call]) => {
  it('survives the hostile values', () => {
    for (const value of hostileValues(keys)) callSafely(name, call, value);
  });

  it('survives anything at all', () => {
    fc.assert(fc.property(anythingFor(keys), (value) => callSafely(name, call, value)), { numRuns: 60 });
  });
});
