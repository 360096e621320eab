import type { RequestChannelRuleId } from './rules';

/**
 * Spanish texts of the Lake Norman rules on how records are requested (online, by mail, by e-mail, not by phone) and who may receive them, keyed by rule
 * id (gathered into the
 * `rules` section of the Spanish locale). Placeholders are directory values, never patient data.
 *
 * @internal
 * @example
 * ```ts
 * REQUEST_CHANNEL_MESSAGES_ES['ln.release-to-self-or-third-party'];
 * ```
 */
export const REQUEST_CHANNEL_MESSAGES_ES: Readonly<Record<RequestChannelRuleId, string>> = {
  'ln.release-to-self-or-third-party':
    'Los pacientes de Duke Health Lake Norman Hospital pueden pedir que se entreguen copias de sus expedientes a ellos mismos o a terceros.',
  'ln.online-recommended': 'Solicitar los expedientes en línea es fácil, rápido y seguro, y se recomienda siempre que sea posible.',
  'ln.phone-questions':
    'Los expedientes no se pueden solicitar por teléfono: solicítelos en línea o envíe el formulario completado. El número de teléfono, donde se publica, es para preguntas.',
  'ln.mail': 'Las solicitudes se pueden enviar por correo al Departamento de Expedientes Médicos de Lake Norman.',
  'ln.email-not-published': 'No se publica una dirección de correo electrónico para las solicitudes a Lake Norman: use otro canal.',
};
