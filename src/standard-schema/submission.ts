import { evaluateSubmission } from '../to-duke';
import type { SubmissionEvaluation, SubmissionInput } from '../to-duke';
import { makeEvaluator, type Evaluator, type EvaluatorOptions } from './evaluator';

/**
 * Options of {@link submissionEvaluator}: the evaluator options and the
 * Document Management e-mail address of `evaluateSubmission`.
 *
 * @category Standard Schema
 * @example
 * ```ts
 * import type { SubmissionEvaluatorOptions } from 'duke-records-rules/standard-schema';
 * const o: SubmissionEvaluatorOptions = { asOf: '2026-11-25', documentManagementEmail: 'records@clinic.example' };
 * ```
 */
export interface SubmissionEvaluatorOptions extends EvaluatorOptions {
  readonly documentManagementEmail?: string;
}

/**
 * A Standard Schema v1 object that runs `evaluateSubmission` (a submission
 * of records to Duke). `validate(value)` returns:
 * - `{ issues }` with the library's PHI-safe, localized input issues (path,
 *   stable code, message; never the value) when the input or an option is
 *   invalid;
 * - `{ value }` with the `SubmissionEvaluation` otherwise, a submission the
 *   rules refuse included: its `verdict` is then `'not-accepted'`. With
 *   `errorsAsIssues: true`, the findings of severity `error` are the issues
 *   instead.
 *
 * @param options - `locale` (a locale value), `asOf` (or a function giving
 *   it), `errorsAsIssues`, `documentManagementEmail`
 * @returns the Standard Schema object (vendor `duke-records-rules`)
 *
 * @category Standard Schema
 * @example
 * ```ts
 * import { submissionEvaluator } from 'duke-records-rules/standard-schema';
 * import { es } from 'duke-records-rules/locales/es';
 * const schema = submissionEvaluator({ locale: es, asOf: '2026-11-25' });
 * const r = schema['~standard'].validate({
 *   sender: 'patient',
 *   patient: { name: 'Jane Q. Doe', dateOfBirth: '1980-02-29' },
 *   items: [{ kind: 'paper', pages: 3, label: { name: true, dateOfBirth: true, everyPage: true } }],
 *   channel: { kind: 'appointment-copies' },
 * });
 * if (!r.issues) r.value.verdict; // 'accepted'
 * ```
 */
export function submissionEvaluator(options: SubmissionEvaluatorOptions = {}): Evaluator<SubmissionInput, SubmissionEvaluation> {
  return makeEvaluator((value, o) => evaluateSubmission(value, o), options, ['documentManagementEmail']);
}
