import { routeRecordsRequest } from '../lake-norman';
import type { RecordsRequestInput, RecordsRoute } from '../lake-norman';
import { makeEvaluator, type Evaluator, type EvaluatorOptions } from './evaluator';

/**
 * A Standard Schema v1 object that runs `routeRecordsRequest` (a request
 * for records from Duke Health Lake Norman Hospital). `validate(value)`
 * returns:
 * - `{ issues }` with the library's PHI-safe, localized input issues when
 *   the request or an option is invalid;
 * - `{ value }` with the `RecordsRoute` otherwise, a request that is not
 *   ready included (a fax line that refuses the purpose, a signer without
 *   the proof needed): its `ready` is then `false`. With
 *   `errorsAsIssues: true`, the findings of severity `error` are the issues
 *   instead.
 *
 * @param options - `locale`, `asOf` (or a function giving it), `errorsAsIssues`
 * @returns the Standard Schema object (vendor `duke-records-rules`)
 *
 * @category Standard Schema
 * @example
 * ```ts
 * import { recordsRequestEvaluator } from 'duke-records-rules/standard-schema';
 * const schema = recordsRequestEvaluator({ asOf: '2025-06-01' });
 * const r = schema['~standard'].validate({
 *   requester: 'attorney', recipient: 'third-party', purpose: 'other', channel: 'fax',
 *   patient: { situation: 'adult' }, signer: { role: 'patient' },
 * });
 * if (!r.issues) r.value.ready; // false: the seed edition's fax takes patient-care requests only
 * ```
 */
export function recordsRequestEvaluator(options: EvaluatorOptions = {}): Evaluator<RecordsRequestInput, RecordsRoute> {
  return makeEvaluator((value, o) => routeRecordsRequest(value, o), options);
}
