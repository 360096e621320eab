import type { CarrierRuleId } from './carriers';

/**
 * Spanish texts of the carriers rules, keyed by rule id (gathered into the
 * `rules` section of the Spanish locale).
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * CARRIER_MESSAGES_ES['carrier.trackable'];
 * ```
 */
export const CARRIER_MESSAGES_ES: Readonly<Record<CarrierRuleId, string>> = {
  'carrier.trackable': 'Si envía los registros por correo, use un servicio de mensajería con rastreo, como FedEx o UPS.',
  'carrier.usps-untracked':
    'Duke acepta paquetes enviados por el Servicio Postal de EE. UU., pero no lo recomienda porque no se pueden rastrear. Use un servicio de mensajería con rastreo, como FedEx o UPS.',
  'carrier.unknown-trackability':
    'No se sabe si este transportista permite el rastreo. Duke pide un servicio de mensajería con rastreo, como FedEx o UPS: asegúrese de que el paquete se pueda rastrear.',
  'carrier.lost-in-transit': 'El departamento de Registros Médicos no se hace responsable de los registros perdidos durante el envío.',
};
