import type { FormRuleId } from './rules';

/**
 * English texts of the Lake Norman rules on the request forms and where completed forms go, keyed by rule
 * id. Placeholders are directory values, never patient data.
 *
 * @internal
 * @example
 * ```ts
 * FORM_MESSAGES_EN['ln.forms'];
 * ```
 */
export const FORM_MESSAGES_EN: Readonly<Record<FormRuleId, string>> = {
  'ln.forms': 'Use the {title} in {language} (PDF, {sizeKb} KB).',
  'ln.roi-forms': 'Send the completed form to Duke Release of Information by fax, e-mail or mail.',
};
