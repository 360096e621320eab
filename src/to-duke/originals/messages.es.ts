import type { OriginalsRuleId } from './originals';

/**
 * Spanish texts of the originals rules, keyed by rule id (gathered into the
 * `rules` section of the Spanish locale).
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * ORIGINALS_MESSAGES_ES['originals.never'];
 * ```
 */
export const ORIGINALS_MESSAGES_ES: Readonly<Record<OriginalsRuleId, string>> = {
  'originals.never': 'El elemento {item} es un original: no envíe originales, envíe copias.',
  'originals.not-returned': 'Los documentos y medios extraíbles enviados a Duke no se devuelven.',
};
