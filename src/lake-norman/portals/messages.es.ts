import type { PortalRuleId } from './rules';

/**
 * Spanish texts of the Lake Norman rules on the patient portals of each edition and how long the legacy portals stay, keyed by rule
 * id (gathered into the
 * `rules` section of the Spanish locale). Placeholders are directory values, never patient data.
 *
 * @internal
 * @example
 * ```ts
 * PORTAL_MESSAGES_ES['ln.patient-portal'];
 * ```
 */
export const PORTAL_MESSAGES_ES: Readonly<Record<PortalRuleId, string>> = {
  'ln.patient-portal': 'Si tiene una cuenta en el Portal del Paciente, es posible que ya tenga acceso a la información que necesita.',
  'ln.my-duke-health': 'Las consultas en Lake Norman Hospital y con sus proveedores desde el 18 de octubre de 2025 están en su cuenta de My Duke Health.',
  'ln.legacy-portals':
    'Los expedientes de la atención en Lake Norman anterior al {from} permanecen en los portales MyHealthHome y AthenaHealth de 12 a 18 meses: es posible que ya no estén disponibles desde el {minEnd}, y ya no lo están desde el {maxEnd}.',
  'ln.legacy-portals-may-be-gone':
    'Han pasado al menos 12 meses desde el {from}: es posible que los expedientes de la atención anterior en Lake Norman ya no estén disponibles en MyHealthHome y AthenaHealth (ya no lo están desde el {maxEnd}).',
  'ln.legacy-portals-gone':
    'Según la página, los expedientes de la atención en Lake Norman anterior al {from} se conservaron en MyHealthHome y AthenaHealth de 12 a 18 meses: desde el {maxEnd} ya no están disponibles allí.',
};
