/**
 * Standard Schema v1 evaluators: each runs one of the library's entry
 * functions (`evaluateSubmission`, `routeRecordsRequest`,
 * `checkAuthorization`, `accessDeadline`) behind the Standard Schema
 * interface, so that a framework validator (Hono's
 * `@hono/standard-validator`, tRPC, TanStack Form…) gets the library's
 * verdict and its own PHI-safe, localized issues, not a bare schema parse.
 *
 * Input errors are issues; a well-formed request the rules refuse is a
 * value whose verdict says so, unless `errorsAsIssues: true`.
 *
 * @module standard-schema
 * @categoryDescription Standard Schema
 * The evaluator factories and the Standard Schema types.
 */
// Barrel of `duke-records-rules/standard-schema`: re-exports only.
export type { Locale } from '../core/locale';
export type { AsOf, InputExpected, InputIssue, InputLimit, InputPath } from '../core/types';
export type {
  StandardSchemaV1,
  StandardSchemaProps,
  StandardSchemaResult,
  StandardSchemaIssue,
  FindingIssue,
  EvaluatorIssue,
  Evaluator,
  EvaluatorResult,
  EvaluatorOptions,
} from './evaluator';
export { submissionEvaluator, type SubmissionEvaluatorOptions } from './submission';
export { recordsRequestEvaluator } from './records-request';
export { authorizationEvaluator } from './authorization';
export { deadlineEvaluator, type AccessDeadlineRequest } from './access-deadline';
