import { checkAuthorization } from '../hipaa';
import type { AuthorizationCheck, AuthorizationInput } from '../hipaa';
import { makeEvaluator, type Evaluator, type EvaluatorOptions } from './evaluator';

/**
 * A Standard Schema v1 object that runs `checkAuthorization` (a HIPAA
 * authorization against 45 CFR 164.508(c)). `validate(value)` returns:
 * - `{ issues }` with the library's PHI-safe, localized input issues when
 *   the authorization or an option is invalid;
 * - `{ value }` with the `AuthorizationCheck` otherwise, an incomplete
 *   authorization included: its `complete` is then `false`. With
 *   `errorsAsIssues: true`, the findings of severity `error` (the missing or
 *   defective elements) are the issues instead.
 *
 * @param options - `locale`, `asOf` (or a function giving it), `errorsAsIssues`
 * @returns the Standard Schema object (vendor `duke-records-rules`)
 *
 * @category Standard Schema
 * @example
 * ```ts
 * import { authorizationEvaluator } from 'duke-records-rules/standard-schema';
 * const r = authorizationEvaluator({ errorsAsIssues: true })['~standard'].validate({});
 * if (r.issues) r.issues.map((i) => 'ruleId' in i && i.ruleId); // ['hipaa.508c1i-description', …]
 * ```
 */
export function authorizationEvaluator(options: EvaluatorOptions = {}): Evaluator<AuthorizationInput, AuthorizationCheck> {
  return makeEvaluator((value, o) => checkAuthorization(value, o), options);
}
