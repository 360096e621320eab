import type { InputPath, Severity } from './types';

/**
 * One thing a rule says about an input: the rule it cites, how much it
 * matters, the message in the caller's locale, and (when it is about one
 * part of the input) where. Each domain narrows `Id` to its own rule ids.
 *
 * @typeParam Id - the rule ids the finding may cite
 * @category Shared
 * @example
 * ```ts
 * import type { Finding } from 'duke-records-rules';
 * const f: Finding<'language.interpreter'> = {
 *   ruleId: 'language.interpreter',
 *   severity: 'info',
 *   message: 'Free interpreter services are available…',
 * };
 * ```
 */
export interface Finding<Id extends string = string> {
  readonly ruleId: Id;
  readonly severity: Severity;
  readonly message: string;
  readonly path?: InputPath;
}
