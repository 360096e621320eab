/**
 * Spanish: every message, step, label caption and input issue the library
 * writes, as a locale value. Pass it where a function takes a locale:
 * `evaluateSubmission(input, { locale: es })`. English is built in; an app
 * that never imports this entry ships no Spanish.
 *
 * @module locales/es
 */
import { deepFreeze } from '../../core/deep-freeze';
import type { Locale } from '../../core/locale';
import { ISSUE_DETAILS_ES, ISSUES_ES } from '../../core/messages.es';
import { FHIR_ISSUES_ES } from '../../fhir/messages.es';
import { HIPAA_ACCESS_MESSAGES_ES } from '../../hipaa/access-deadline/messages.es';
import { HIPAA_AUTHORIZATION_MESSAGES_ES } from '../../hipaa/authorization/messages.es';
import { HIPAA_SPECIAL_MESSAGES_ES } from '../../hipaa/special/messages.es';
import { HIPAA_VALIDITY_MESSAGES_ES } from '../../hipaa/validity/messages.es';
import { HIPAA_COMPOUND_MESSAGES_ES } from '../../hipaa/compound/messages.es';
import { HIPAA_REQUEST_MESSAGES_ES } from '../../hipaa/request-match/messages.es';
import { LAKE_NORMAN_MESSAGES_ES } from '../../lake-norman/messages.es';
import { LAKE_NORMAN_STEP_TEXT_ES } from '../../lake-norman/route-records-request/step-messages.es';
import { SIGNER_MESSAGES_ES } from '../../lake-norman/signer/messages.es';
import { TO_DUKE_MESSAGES_ES } from '../../to-duke/messages.es';
import { TO_DUKE_WORDS_ES } from '../../to-duke/words.es';

/**
 * The Spanish locale (`code: 'es'`), deeply frozen. Sections: `rules`
 * (every rule's message template, by rule id), `issues` (input issue
 * messages, by code, and their detailed templates), `toDuke` (words and steps of sending records to
 * Duke), `lakeNorman` (words of the Lake Norman request steps).
 *
 * @category Locales
 * @example
 * ```ts
 * import { evaluateSubmission } from 'duke-records-rules/to-duke';
 * import { es } from 'duke-records-rules/locales/es';
 * const result = evaluateSubmission(
 *   { patient: { name: 'Ana', dateOfBirth: '1980-02-29' }, sender: { kind: 'patient' }, items: [], channel: { kind: 'appointment-copies' } },
 *   { locale: es },
 * );
 * ```
 */
export const es: Locale = /* @__PURE__ */ deepFreeze({
  code: 'es',
  texts: {
    rules: {
      ...TO_DUKE_MESSAGES_ES,
      ...LAKE_NORMAN_MESSAGES_ES,
      ...SIGNER_MESSAGES_ES,
      ...HIPAA_AUTHORIZATION_MESSAGES_ES,
      ...HIPAA_SPECIAL_MESSAGES_ES,
      ...HIPAA_VALIDITY_MESSAGES_ES,
      ...HIPAA_COMPOUND_MESSAGES_ES,
      ...HIPAA_REQUEST_MESSAGES_ES,
      ...HIPAA_ACCESS_MESSAGES_ES,
    },
    issues: { ...ISSUES_ES, ...ISSUE_DETAILS_ES, ...FHIR_ISSUES_ES },
    toDuke: TO_DUKE_WORDS_ES,
    lakeNorman: LAKE_NORMAN_STEP_TEXT_ES,
  },
});
