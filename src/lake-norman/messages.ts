import type { LakeNormanRuleId } from './rules';

/**
 * English and Spanish texts of the Lake Norman rules, keyed by rule id.
 * Placeholders: `{title}`, `{language}`, `{sizeKb}` (the form) and `{from}`,
 * `{minEnd}`, `{maxEnd}` (dates of the directory), never patient data.
 *
 * @internal
 * @example
 * ```ts
 * LAKE_NORMAN_MESSAGES.es['ln.fax-patient-care-only'];
 * // 'La línea de fax de Lake Norman solo acepta solicitudes para la atención del paciente.'
 * ```
 */
export const LAKE_NORMAN_MESSAGES: {
  readonly en: Readonly<Record<LakeNormanRuleId, string>>;
  readonly es: Readonly<Record<LakeNormanRuleId, string>>;
} = {
  en: {
    'ln.release-to-self-or-third-party':
      'Patients of Duke Health Lake Norman Hospital may have copies of their records released to themselves or to third parties.',
    'ln.online-recommended': 'Requesting records online is easy, fast and secure, and is recommended whenever possible.',
    'ln.patient-portal': 'If you have a Patient Portal account, you may already have access to the information you need.',
    'ln.phone-questions':
      'Records cannot be requested by phone: request them online or send the completed form. The phone number, where one is published, is for questions.',
    'ln.fax-patient-care-only': 'The Lake Norman fax line takes patient-care requests only.',
    'ln.mail-all-others': 'Every other request (insurance companies, attorneys, etc.) must be mailed to the Lake Norman Medical Records Department.',
    'ln.mail': 'Requests can be mailed to the Lake Norman Medical Records Department.',
    'ln.email-not-published': 'No e-mail address is published for Lake Norman requests: use another channel.',
    'ln.forms': 'Use the {title} in {language} (PDF, {sizeKb} KB).',
    'ln.my-duke-health': 'Lake Norman Hospital and provider visits from October 18, 2025 are in your My Duke Health account.',
    'ln.legacy-portals':
      'Records of Lake Norman care before {from} stay in the MyHealthHome and AthenaHealth portals for 12 to 18 months: they may no longer be available from {minEnd}, and are no longer available from {maxEnd}.',
    'ln.legacy-portals-may-be-gone':
      'At least 12 months have passed since {from}: records of earlier Lake Norman care may no longer be available in MyHealthHome and AthenaHealth (they are no longer available from {maxEnd}).',
    'ln.legacy-portals-gone':
      'Per the page, records of Lake Norman care before {from} were kept in MyHealthHome and AthenaHealth for 12 to 18 months: from {maxEnd} they are no longer available there.',
    'ln.roi-forms': 'Send the completed form to Duke Release of Information by fax, e-mail or mail.',
    'ln.fax-not-published': 'This fax line is not published in the edition in force, so it takes no request.',
    'ln.dm-fax-not-for-requests': 'The Document Management fax line receives records sent to Duke; it does not take requests for records.',
  },
  es: {
    'ln.release-to-self-or-third-party':
      'Los pacientes de Duke Health Lake Norman Hospital pueden pedir que se entreguen copias de sus expedientes a ellos mismos o a terceros.',
    'ln.online-recommended': 'Solicitar los expedientes en línea es fácil, rápido y seguro, y se recomienda siempre que sea posible.',
    'ln.patient-portal': 'Si tiene una cuenta en el Portal del Paciente, es posible que ya tenga acceso a la información que necesita.',
    'ln.phone-questions':
      'Los expedientes no se pueden solicitar por teléfono: solicítelos en línea o envíe el formulario completado. El número de teléfono, donde se publica, es para preguntas.',
    'ln.fax-patient-care-only': 'La línea de fax de Lake Norman solo acepta solicitudes para la atención del paciente.',
    'ln.mail-all-others':
      'Todas las demás solicitudes (compañías de seguros, abogados, etc.) deben enviarse por correo al Departamento de Expedientes Médicos de Lake Norman.',
    'ln.mail': 'Las solicitudes se pueden enviar por correo al Departamento de Expedientes Médicos de Lake Norman.',
    'ln.email-not-published': 'No se publica una dirección de correo electrónico para las solicitudes a Lake Norman: use otro canal.',
    'ln.forms': 'Use el formulario «{title}» en {language} (PDF, {sizeKb} KB).',
    'ln.my-duke-health': 'Las consultas en Lake Norman Hospital y con sus proveedores desde el 18 de octubre de 2025 están en su cuenta de My Duke Health.',
    'ln.legacy-portals':
      'Los expedientes de la atención en Lake Norman anterior al {from} permanecen en los portales MyHealthHome y AthenaHealth de 12 a 18 meses: es posible que ya no estén disponibles desde el {minEnd}, y ya no lo están desde el {maxEnd}.',
    'ln.legacy-portals-may-be-gone':
      'Han pasado al menos 12 meses desde el {from}: es posible que los expedientes de la atención anterior en Lake Norman ya no estén disponibles en MyHealthHome y AthenaHealth (ya no lo están desde el {maxEnd}).',
    'ln.legacy-portals-gone':
      'Según la página, los expedientes de la atención en Lake Norman anterior al {from} se conservaron en MyHealthHome y AthenaHealth de 12 a 18 meses: desde el {maxEnd} ya no están disponibles allí.',
    'ln.roi-forms': 'Envíe el formulario completado a la oficina de Divulgación de Información (Release of Information) de Duke por fax, correo electrónico o correo postal.',
    'ln.fax-not-published': 'Esta línea de fax no se publica en la edición vigente, por lo que no acepta solicitudes.',
    'ln.dm-fax-not-for-requests':
      'La línea de fax de Document Management recibe los expedientes que se envían a Duke; no acepta solicitudes de expedientes.',
  },
};
