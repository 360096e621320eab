import * as z from 'zod';
import type { Locale } from '../../core/locale';
import { parseInput } from '../../core/parse-input';
import { patientSchema, type Patient } from '../../to-duke';
import { fhirIssue, type FhirIssue, type FhirParseFailure } from '../issues';
import { element, fhirDate, list, modified, readOptions } from '../read';

/**
 * Options of {@link patientFromFhir}.
 *
 * @category FHIR
 * @example
 * ```ts
 * import type { PatientFromFhirOptions } from 'duke-records-rules/fhir';
 * const o: PatientFromFhirOptions = { recordNumberSystem: 'urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14' };
 * ```
 */
export interface PatientFromFhirOptions {
  /** Language of the issue messages (English when omitted). */
  readonly locale?: Locale;
  /**
   * The `Identifier.system` of the medical record numbers to prefer: when
   * several identifiers of type `MR` are present, those of this system are
   * read. Without it, several different record numbers are an
   * `ambiguous_identifier` issue.
   */
  readonly recordNumberSystem?: string;
}

/**
 * What {@link patientFromFhir} returns for a `Patient` it can read: the
 * patient identity as `evaluateSubmission` takes it (`submission.patient`).
 * This is patient data: never log it.
 *
 * @category FHIR
 * @example
 * ```ts
 * import { patientFromFhir, type PatientFromFhir } from 'duke-records-rules/fhir';
 * const r = patientFromFhir({ resourceType: 'Patient', name: [{ given: ['Jane'], family: 'Doe' }], birthDate: '1980-02-29' });
 * const p: PatientFromFhir | null = r.success ? r : null;
 * ```
 */
export interface PatientFromFhir {
  readonly success: true;
  readonly patient: Patient;
}

const text = z.string().optional();
const coding = element({ system: text, code: text });
const fhirPatientSchema = /* @__PURE__ */ (() =>
  element({
    resourceType: z.literal('Patient'),
    name: list(element({ use: text, text, family: text, given: list(z.string().nullable()) })),
    birthDate: text,
    identifier: list(element({ use: text, system: text, value: text, type: element({ coding: list(coding) }).optional() })),
    modifierExtension: list(z.unknown()),
  }))();

const MR = 'http://terminology.hl7.org/CodeSystem/v2-0203';
/** `HumanName.use` in order of preference; other uses (nickname, anonymous, old, maiden) are never read. */
const NAME_USES: readonly (string | undefined)[] = ['official', 'usual', undefined, 'temp'];
/** Where each field of the patient identity comes from, for issue paths. */
const FROM = { name: 'name', dateOfBirth: 'birthDate', recordNumber: 'identifier' } as const;

/**
 * Reads a FHIR R4 `Patient` (as an EHR or a SMART on FHIR app returns it)
 * into the patient identity the library takes (`{ name, dateOfBirth,
 * recordNumber }`, the `patient` of `evaluateSubmission`):
 *
 * - `name`: of the `HumanName`s, the first of use `official`, else `usual`,
 *   else without a use, else `temp` (a nickname, an anonymous, old or maiden
 *   name is never read); its `text`, else its `given` names and `family`
 *   joined by spaces;
 * - `dateOfBirth`: `birthDate`, which must be a full date: a partial date
 *   (`1980`, `1980-02`) is a `partial_date` issue, never a guessed day;
 * - `recordNumber`: the `value` of the identifier whose `type` is
 *   `http://terminology.hl7.org/CodeSystem/v2-0203#MR` (an identifier of use
 *   `old` is not read). With `recordNumberSystem`, identifiers of that system
 *   are preferred; several different numbers left to choose from are an
 *   `ambiguous_identifier` issue, never a guess. None: no record number.
 *
 * Other elements (further names and identifiers, telecom, addresses,
 * extensions) are not read. A `modifierExtension` is a `not_understood`
 * issue. The result is checked with `patientSchema`, so it is an identity
 * `evaluateSubmission` accepts. Never throws; issues never repeat a value.
 *
 * @param patient - a FHIR R4 `Patient` (`@medplum/fhirtypes`' `Patient`, or any JSON of that shape)
 * @param options - `recordNumberSystem` to prefer, `locale` of the issues
 * @returns `{ success: true, patient }`, or `{ success: false, issues }`
 *
 * @category FHIR
 * @example
 * ```ts
 * import { patientFromFhir } from 'duke-records-rules/fhir';
 * import { evaluateSubmission } from 'duke-records-rules/to-duke';
 * const r = patientFromFhir({
 *   resourceType: 'Patient',
 *   name: [{ use: 'official', given: ['Jane'], family: 'Doe' }],
 *   birthDate: '1980-02-29',
 *   identifier: [{ type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] }, value: 'D1234567' }],
 * });
 * if (r.success) {
 *   r.patient; // { name: 'Jane Doe', dateOfBirth: '1980-02-29', recordNumber: 'D1234567' }
 *   evaluateSubmission({ sender: 'patient', patient: r.patient, items: [{ kind: 'paper', pages: 2 }] }).success; // true
 * }
 * ```
 */
export function patientFromFhir(patient: unknown, options?: PatientFromFhirOptions): PatientFromFhir | FhirParseFailure {
  const opts = readOptions(options, z.object({ recordNumberSystem: text }));
  if (!opts.success) return opts;
  const { locale } = opts;
  const parsed = parseInput(fhirPatientSchema, patient, locale);
  if (!parsed.success) return parsed;
  const { name = [], birthDate, identifier = [] } = parsed.data;
  const failure = modified(parsed.data, [[]], locale);
  if (failure) return failure;

  let chosen: [number, number, string] | undefined;
  name.forEach((n, i) => {
    const rank = NAME_USES.indexOf(n.use);
    const full = n.text?.trim() || [...(n.given ?? []), n.family].map((part) => part?.trim()).filter(Boolean).join(' ');
    if (rank >= 0 && full && (!chosen || rank < chosen[1])) chosen = [i, rank, full];
  });

  const records = identifier.flatMap((id, i) =>
    id.use !== 'old' && id.value?.trim() && id.type?.coding?.some((c) => c.system === MR && c.code === 'MR') ? [{ i, system: id.system, value: id.value.trim() }] : [],
  );
  const preferred = records.filter((r) => r.system === opts.own.recordNumberSystem);
  const candidates = preferred.length > 0 ? preferred : records;
  const issues: FhirIssue[] = [];
  if (new Set(candidates.map((r) => r.value)).size > 1) issues.push(fhirIssue(['identifier'], 'ambiguous_identifier', locale));
  const date = birthDate === undefined ? undefined : fhirDate(birthDate);
  if (date === 'partial') issues.push(fhirIssue(['birthDate'], 'partial_date', locale));
  if (issues.length > 0) return { success: false, issues };

  const at = { name: chosen?.[0], recordNumber: candidates[0]?.i };
  const identity = parseInput(patientSchema, { name: chosen?.[2], dateOfBirth: date, recordNumber: candidates[0]?.value }, locale);
  return identity.success
    ? { success: true, patient: identity.data }
    : {
        success: false,
        issues: identity.issues.map((issue) => {
          const field = issue.path[0] as keyof typeof FROM;
          const index = at[field as keyof typeof at];
          return { ...issue, path: index === undefined ? [FROM[field]] : [FROM[field], index] };
        }),
      };
}
