import type { HipaaAuthorizationRuleId } from './authorization';

/**
 * Spanish texts of the HIPAA authorization rules (45 CFR 164.508(c)), keyed by rule id (gathered into the `rules`
 * section of the Spanish locale).
 * They name the element or the date rule, never the content or a date the
 * caller gave.
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_AUTHORIZATION_MESSAGES_ES['hipaa.508c1i-description'];
 * ```
 */
export const HIPAA_AUTHORIZATION_MESSAGES_ES: Readonly<Record<HipaaAuthorizationRuleId, string>> = {
  'hipaa.508c1i-description':
    'La autorización no describe la información que se divulgará. Debe identificarla de manera específica y significativa.',
  'hipaa.508c1ii-discloser':
    'La autorización no indica quién puede divulgar la información. Debe nombrar o identificar específicamente a la persona o clase de personas.',
  'hipaa.508c1iii-recipient':
    'La autorización no indica a quién se puede divulgar la información. Debe nombrar o identificar específicamente a la persona o clase de personas.',
  'hipaa.508c1iv-purpose': 'La autorización no describe el propósito de la divulgación. Debe describirse cada propósito.',
  'hipaa.508c1iv-at-request':
    'El propósito "a solicitud de la persona" solo basta cuando la persona inició la autorización. Describa cada propósito.',
  'hipaa.508c1v-expiration': 'La autorización no tiene fecha ni evento de vencimiento.',
  'hipaa.508c1v-none-outside-research':
    'Un vencimiento "ninguno" solo se permite para investigación. Esta autorización necesita una fecha o un evento de vencimiento.',
  'hipaa.508c1v-expires-before-signed': 'La fecha de vencimiento es anterior a la fecha en que se firmó la autorización.',
  'hipaa.508c1vi-signature': 'La autorización no está firmada, o falta la fecha en que se firmó.',
  'hipaa.508c1vi-representative-authority':
    'Un representante personal firma la autorización (o, para este paciente, debe firmarla), pero falta la descripción de su autoridad para actuar en nombre de la persona.',
  'hipaa.508c1vi-signed-after-as-of': 'La fecha de la firma es posterior a la fecha de esta verificación.',
  'hipaa.508c2i-revocation':
    'La autorización debe indicar el derecho a revocarla por escrito, y cómo revocarla o dónde lo explica el aviso de prácticas de privacidad.',
  'hipaa.508c2ii-conditioning':
    'La autorización debe indicar si el tratamiento, el pago, la inscripción o la elegibilidad para beneficios pueden depender de que se firme.',
  'hipaa.508c2iii-redisclosure':
    'La autorización debe indicar que el destinatario puede volver a divulgar la información y que esta puede dejar de estar protegida.',
  'hipaa.508c3-plain-language': 'Recordatorio: el formulario de autorización debe estar redactado en lenguaje sencillo. Ningún dato lo demuestra; revise el formulario.',
  'hipaa.508c4-copy': 'Recordatorio: si la entidad cubierta solicitó la autorización, la persona debe recibir una copia del formulario firmado.',
  'hipaa.508c4-copy-required':
    'La entidad cubierta solicitó esta autorización, así que la persona debe recibir una copia del formulario firmado; no consta que se haya entregado.',
};
