import { ENGLISH, localeText, type Locale } from '../core/locale';
import type { InputIssueCode, InputPath } from '../core/types';

/**
 * Stable codes of the issues only the FHIR functions report:
 * - `partial_date`: a FHIR date that gives only a year (`1980`) or a year
 *   and a month (`1980-02`) where a full date is needed;
 * - `ambiguous_identifier`: several medical record numbers could be meant,
 *   and no identifier system was named to choose one;
 * - `not_carried`: an element the library's data has no place for (read
 *   from a `Consent`, it is reported and not read, never dropped silently);
 * - `not_understood`: a `modifierExtension` (it may change the meaning of
 *   the resource, so FHIR forbids reading the resource without knowing it).
 *
 * @category FHIR
 * @example
 * ```ts
 * import type { FhirIssueCode } from 'duke-records-rules/fhir';
 * const c: FhirIssueCode = 'partial_date';
 * ```
 */
export type FhirIssueCode = 'partial_date' | 'ambiguous_identifier' | 'not_carried' | 'not_understood';

/**
 * One problem found while reading FHIR data or options: where (FHIR element
 * names and indexes only), a stable code (an input issue code or a
 * {@link FhirIssueCode}) and the library's own message in the locale asked
 * for. Never repeats a value of the input.
 *
 * @category FHIR
 * @example
 * ```ts
 * import { patientFromFhir, type FhirIssue } from 'duke-records-rules/fhir';
 * const r = patientFromFhir({ resourceType: 'Patient', name: [{ text: 'Jane Doe' }], birthDate: '1980' });
 * const first: FhirIssue | undefined = r.success ? undefined : r.issues[0];
 * first?.code; // 'partial_date'
 * ```
 */
export interface FhirIssue {
  readonly path: InputPath;
  readonly code: InputIssueCode | FhirIssueCode;
  readonly message: string;
}

/**
 * What a FHIR function returns when its input or options cannot be read.
 *
 * @category FHIR
 * @example
 * ```ts
 * import type { FhirParseFailure } from 'duke-records-rules/fhir';
 * const f: FhirParseFailure = { success: false, issues: [] };
 * ```
 */
export interface FhirParseFailure {
  readonly success: false;
  readonly issues: readonly FhirIssue[];
}

/**
 * The English message of each {@link FhirIssueCode}; a locale gives others
 * in its `issues` section, beside the input issue codes.
 *
 * @internal
 * @example
 * ```ts
 * FHIR_ISSUES_EN.partial_date; // 'This date is partial; a full date (YYYY-MM-DD) is needed.'
 * ```
 */
export const FHIR_ISSUES_EN: Readonly<Record<FhirIssueCode, string>> = {
  partial_date: 'This date is partial; a full date (YYYY-MM-DD) is needed.',
  ambiguous_identifier: 'Several medical record numbers match; name the identifier system to use.',
  not_carried: 'This element has no place in the data of this library and was not read.',
  not_understood: 'This modifier extension is not understood, so the resource cannot be read.',
};

/**
 * One issue of a {@link FhirIssueCode} at `path`, with its message in
 * `locale` (English when the locale gives none).
 *
 * @internal
 * @example
 * ```ts
 * fhirIssue(['birthDate'], 'partial_date').message; // 'This date is partial; a full date (YYYY-MM-DD) is needed.'
 * ```
 */
export function fhirIssue(path: InputPath, code: FhirIssueCode, locale: Locale = ENGLISH): FhirIssue {
  return { path, code, message: localeText(locale, 'issues', code, FHIR_ISSUES_EN[code]) };
}
