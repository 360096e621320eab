import type { InputPath } from '../core/types';

/**
 * One thing a HIPAA rule says about an authorization: the rule and the
 * element of the input it is about. Carries no text from the input.
 *
 * @internal
 * @example
 * ```ts
 * const d: Defect<'hipaa.508b2v-known-false'> = { ruleId: 'hipaa.508b2v-known-false', path: ['knownFalse'] };
 * ```
 */
export interface Defect<Id extends string> {
  readonly ruleId: Id;
  readonly path: InputPath;
}

/**
 * Where a rule folder's decision appends its defects: any array of defects
 * whose ids include the folder's own.
 *
 * @internal
 * @example
 * ```ts
 * const out: Defect<string>[] = [];
 * const sink: DefectSink<'hipaa.508b2v-known-false'> = out;
 * ```
 */
export interface DefectSink<Id extends string> {
  push(defect: Defect<Id>): unknown;
}
