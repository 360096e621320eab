import type { LabelingRuleId } from './labeling';

/**
 * English texts of the labeling rules, keyed by rule id.
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * LABELING_MESSAGES_EN['label.paper-each-page'];
 * ```
 */
export const LABELING_MESSAGES_EN: Readonly<Record<LabelingRuleId, string>> = {
  'label.paper-each-page':
    "Item {item}: every page of these paper documents should be clearly marked with the patient's {fields} (handwriting is fine). Missing: {missing}.",
  'label.media-outside':
    "Item {item} ({medium}): the outside should be clearly marked with the patient's {fields} (handwriting is fine). Missing: {missing}.",
};
