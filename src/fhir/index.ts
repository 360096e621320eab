/**
 * FHIR R4 for the EHRs and health apps that call this library: a FHIR
 * `Patient` read into the patient identity `evaluateSubmission` takes, the
 * directory as a `Bundle` of `Organization`, `HealthcareService` and
 * `Location` resources, and a 45 CFR 164.508 authorization written to and
 * read from a `Consent`. Types come from `@medplum/fhirtypes` (types only:
 * nothing of it runs); every function takes `unknown` where FHIR data comes
 * in, never throws, and reports problems as issues in the locale asked for
 * (English by default; `import { es } from 'duke-records-rules/locales/es'`),
 * never repeating a value.
 *
 * @module fhir
 * @categoryDescription FHIR
 * The conversions, their options, results and issues.
 */
// Barrel of `duke-records-rules/fhir`: re-exports only.
export type { EntryOptions } from '../core/parse-options';
export type { Locale } from '../core/locale';
export type { AsOf, EditionId, InputIssueCode, InputPath } from '../core/types';
export type { FhirIssue, FhirIssueCode, FhirParseFailure } from './issues';
export { patientFromFhir, type PatientFromFhir, type PatientFromFhirOptions } from './patient-from-fhir/patient-from-fhir';
export { directoryToFhir, type FhirDirectory } from './directory-to-fhir/directory-to-fhir';
export { AUTHORIZATION_EXTENSION, AUTHORIZATION_EXTENSION_FIELDS } from './consent/consent-map';
export {
  authorizationToFhirConsent,
  type AuthorizationToFhirConsentOptions,
  type FhirConsent,
} from './authorization-to-fhir-consent/authorization-to-fhir-consent';
export {
  authorizationFromFhirConsent,
  type AuthorizationFromFhir,
  type AuthorizationFromFhirConsentOptions,
} from './authorization-from-fhir-consent/authorization-from-fhir-consent';
