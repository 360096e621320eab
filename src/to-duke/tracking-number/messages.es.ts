import type { TrackingRuleId } from './tracking-number';

/**
 * Spanish texts of the tracking number rules, keyed by rule id (gathered into the
 * `rules` section of the Spanish locale).
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * TRACKING_MESSAGES_ES['tracking.wrong-carrier'];
 * ```
 */
export const TRACKING_MESSAGES_ES: Readonly<Record<TrackingRuleId, string>> = {
  'tracking.wrong-carrier':
    'El número de rastreo no es un número válido de {carrier}: es un número válido de {detected}. Revise el transportista y el número.',
  'tracking.check-digit':
    'El número de rastreo no supera su dígito de control: lo más probable es que tenga un error. Compruébelo con el recibo de {carrier}.',
  'tracking.unrecognized': 'El número de rastreo no tiene un formato que use {carrier}: compruébelo con el recibo.',
};
