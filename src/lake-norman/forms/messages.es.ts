import type { FormRuleId } from './rules';

/**
 * Spanish texts of the Lake Norman rules on the request forms and where completed forms go, keyed by rule
 * id (gathered into the
 * `rules` section of the Spanish locale). Placeholders are directory values, never patient data.
 *
 * @internal
 * @example
 * ```ts
 * FORM_MESSAGES_ES['ln.forms'];
 * ```
 */
export const FORM_MESSAGES_ES: Readonly<Record<FormRuleId, string>> = {
  'ln.forms': 'Use el formulario «{title}» en {language} (PDF, {sizeKb} KB).',
  'ln.roi-forms': 'Envíe el formulario completado a la oficina de Divulgación de Información (Release of Information) de Duke por fax, correo electrónico o correo postal.',
};
