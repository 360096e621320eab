import type { LakeNormanRuleId } from './rules';

/**
 * The Spanish texts of the Lake Norman rules, keyed by rule id (gathered
 * into the `rules` section of the Spanish locale).
 *
 * @internal
 * @example
 * ```ts
 * Object.keys(LAKE_NORMAN_MESSAGES_ES).length > 0; // true
 * ```
 */
export const LAKE_NORMAN_MESSAGES_ES: Readonly<Record<LakeNormanRuleId, string>> = {
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
};
