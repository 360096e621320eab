import type { HipaaAccessRuleId } from './access-rules';

/**
 * Spanish texts of the HIPAA right-of-access rules (45 CFR 164.524(b)(2)), keyed by rule id (gathered into the `rules`
 * section of the Spanish locale).
 * They name the element or the date rule, never the content or a date the
 * caller gave.
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_ACCESS_MESSAGES_ES['access.30-days'];
 * ```
 */
export const HIPAA_ACCESS_MESSAGES_ES: Readonly<Record<HipaaAccessRuleId, string>> = {
  'access.30-days': 'El acceso debe darse a más tardar 30 días naturales después de recibida la solicitud.',
  'access.extension-30':
    'Una prórroga puede añadir como máximo 30 días: el plazo no puede pasar de 60 días naturales después de recibida la solicitud.',
  'access.extension-notice-late':
    'El aviso de prórroga se dio después de los primeros 30 días, por lo que no prorroga el plazo.',
  'access.extension-notice-incomplete':
    'El aviso de prórroga debe indicar el motivo de la demora y la fecha en que se completará la solicitud; sin ellos no prorroga el plazo.',
  'access.second-extension-refused': 'Solo se permite una prórroga por solicitud. Esta prórroga no prorroga el plazo.',
};
