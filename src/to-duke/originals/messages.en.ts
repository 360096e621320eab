import type { OriginalsRuleId } from './originals';

/**
 * English texts of the originals rules, keyed by rule id.
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * ORIGINALS_MESSAGES_EN['originals.never'];
 * ```
 */
export const ORIGINALS_MESSAGES_EN: Readonly<Record<OriginalsRuleId, string>> = {
  'originals.never': 'Item {item} is an original: do not send originals, send copies.',
  'originals.not-returned': 'Documents and removable media sent to Duke are not returned.',
};
