import type { LakeNormanRuleId } from './rules';
import type { SignerRuleId } from './signer/signer';

/**
 * The id of any rule a Lake Norman route's findings and steps can cite:
 * the Lake Norman rules, the signer rules and the interpreter notice.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { LakeNormanFindingId } from 'duke-records-rules/lake-norman';
 * const id: LakeNormanFindingId = 'ln.fax-patient-care-only';
 * ```
 */
export type LakeNormanFindingId = LakeNormanRuleId | SignerRuleId | 'language.interpreter';
