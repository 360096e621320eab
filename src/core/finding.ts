import type { RuleId } from '../catalog/catalog';
import type { InputPath, Severity } from './types';

/**
 * One thing a rule says about an input: the rule it cites, how much it
 * matters, the message in the caller's locale, and (when it is about one
 * part of the input) where.
 *
 * @example
 * ```ts
 * import type { Finding } from 'duke-records-rules';
 * const f: Finding = {
 *   ruleId: 'language.interpreter',
 *   severity: 'info',
 *   message: 'Free interpreter services are available…',
 * };
 * ```
 */
export interface Finding {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly path?: InputPath;
}
