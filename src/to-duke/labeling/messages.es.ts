import type { LabelingRuleId } from './labeling';

/**
 * Spanish texts of the labeling rules, keyed by rule id (gathered into the
 * `rules` section of the Spanish locale).
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * LABELING_MESSAGES_ES['label.paper-each-page'];
 * ```
 */
export const LABELING_MESSAGES_ES: Readonly<Record<LabelingRuleId, string>> = {
  'label.paper-each-page':
    'Elemento {item}: cada página de estos documentos en papel debe estar claramente marcada con {fields} del paciente (puede ser a mano). Falta: {missing}.',
  'label.media-outside':
    'Elemento {item} ({medium}): el exterior debe estar claramente marcado con {fields} del paciente (puede ser a mano). Falta: {missing}.',
};
