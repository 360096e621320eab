import type { FaxLineRuleId } from './rules';

/**
 * Spanish texts of the Lake Norman rules on which fax line takes which request, keyed by rule
 * id (gathered into the
 * `rules` section of the Spanish locale). Placeholders are directory values, never patient data.
 *
 * @internal
 * @example
 * ```ts
 * FAX_LINE_MESSAGES_ES['ln.fax-patient-care-only'];
 * ```
 */
export const FAX_LINE_MESSAGES_ES: Readonly<Record<FaxLineRuleId, string>> = {
  'ln.fax-patient-care-only': 'La línea de fax de Lake Norman solo acepta solicitudes para la atención del paciente.',
  'ln.mail-all-others':
    'Todas las demás solicitudes (compañías de seguros, abogados, etc.) deben enviarse por correo al Departamento de Expedientes Médicos de Lake Norman.',
  'ln.fax-not-published': 'Esta línea de fax no se publica en la edición vigente, por lo que no acepta solicitudes.',
  'ln.dm-fax-not-for-requests':
    'La línea de fax de Document Management recibe los expedientes que se envían a Duke; no acepta solicitudes de expedientes.',
};
