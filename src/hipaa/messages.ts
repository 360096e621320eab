import type { HIPAA_ACCESS_RULES } from './access-deadline/access-rules';
import type { HIPAA_AUTHORIZATION_RULES } from './authorization/authorization';

type Id = (typeof HIPAA_AUTHORIZATION_RULES)[number]['id'] | (typeof HIPAA_ACCESS_RULES)[number]['id'];

/**
 * English and Spanish texts of the HIPAA rules (45 CFR 164.508(c) and
 * 164.524(b)(2)), keyed by rule id. They name the element of the
 * authorization, never its content, and no date the caller gave.
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_MESSAGES.en['hipaa.508c2iii-redisclosure'];
 * ```
 */
export const HIPAA_MESSAGES: { readonly en: Readonly<Record<Id, string>>; readonly es: Readonly<Record<Id, string>> } = {
  en: {
    'hipaa.508c1i-description':
      'The authorization does not describe the information to be disclosed. It must identify the information in a specific and meaningful way.',
    'hipaa.508c1ii-discloser':
      'The authorization does not say who may disclose the information. It must name or specifically identify the person or class of persons.',
    'hipaa.508c1iii-recipient':
      'The authorization does not say to whom the information may be disclosed. It must name or specifically identify the person or class of persons.',
    'hipaa.508c1iv-purpose': 'The authorization does not describe the purpose of the disclosure. Each purpose must be described.',
    'hipaa.508c1iv-at-request':
      'The purpose "at the request of the individual" is enough only when the individual initiated the authorization. Describe each purpose instead.',
    'hipaa.508c1v-expiration': 'The authorization has no expiration date or expiration event.',
    'hipaa.508c1v-none-outside-research':
      'An expiration of "none" is allowed only for research. This authorization needs an expiration date or an expiration event.',
    'hipaa.508c1v-expires-before-signed': 'The expiration date lies before the date the authorization was signed.',
    'hipaa.508c1vi-signature': 'The authorization is missing the signature or the date it was signed.',
    'hipaa.508c1vi-representative-authority':
      "A personal representative signs the authorization (or, for this patient, must sign it), but the description of the representative's authority to act for the individual is missing.",
    'hipaa.508c1vi-signed-after-as-of': 'The signature date lies after the date of this check.',
    'hipaa.508c2i-revocation':
      'The authorization must state the right to revoke it in writing, and either how to revoke it or where the notice of privacy practices explains this.',
    'hipaa.508c2ii-conditioning':
      'The authorization must state whether treatment, payment, enrollment or eligibility for benefits can be conditioned on signing it.',
    'hipaa.508c2iii-redisclosure':
      'The authorization must state that the information disclosed may be redisclosed by the recipient and may no longer be protected.',
    'hipaa.508c3-plain-language': 'Reminder: the authorization form must be written in plain language.',
    'hipaa.508c4-copy': 'Reminder: when the covered entity asked for the authorization, the individual must receive a copy of the signed form.',
    'access.30-days': 'Access must be provided no later than 30 calendar days after the request is received.',
    'access.extension-30':
      'An extension may add at most 30 days: the deadline is capped at 60 calendar days after the request was received.',
    'access.extension-notice-late':
      'The extension notice was given after the first 30 days, so it does not extend the deadline.',
    'access.extension-notice-incomplete':
      'The extension notice must give the reason for the delay and the date the request will be completed; without them it does not extend the deadline.',
    'access.second-extension-refused': 'Only one extension is allowed per request. This extension does not extend the deadline.',
  },
  es: {
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
    'hipaa.508c1vi-signature': 'Falta la firma de la autorización o la fecha en que se firmó.',
    'hipaa.508c1vi-representative-authority':
      'Un representante personal firma la autorización (o, para este paciente, debe firmarla), pero falta la descripción de su autoridad para actuar en nombre de la persona.',
    'hipaa.508c1vi-signed-after-as-of': 'La fecha de la firma es posterior a la fecha de esta verificación.',
    'hipaa.508c2i-revocation':
      'La autorización debe indicar el derecho a revocarla por escrito, y cómo revocarla o dónde lo explica el aviso de prácticas de privacidad.',
    'hipaa.508c2ii-conditioning':
      'La autorización debe indicar si el tratamiento, el pago, la inscripción o la elegibilidad para beneficios pueden depender de que se firme.',
    'hipaa.508c2iii-redisclosure':
      'La autorización debe indicar que el destinatario puede volver a divulgar la información y que esta puede dejar de estar protegida.',
    'hipaa.508c3-plain-language': 'Recordatorio: el formulario de autorización debe estar redactado en lenguaje sencillo.',
    'hipaa.508c4-copy':
      'Recordatorio: cuando la entidad cubierta solicitó la autorización, la persona debe recibir una copia del formulario firmado.',
    'access.30-days': 'El acceso debe darse a más tardar 30 días naturales después de recibida la solicitud.',
    'access.extension-30':
      'Una prórroga puede añadir como máximo 30 días: el plazo no puede pasar de 60 días naturales después de recibida la solicitud.',
    'access.extension-notice-late':
      'El aviso de prórroga se dio después de los primeros 30 días, por lo que no prorroga el plazo.',
    'access.extension-notice-incomplete':
      'El aviso de prórroga debe indicar el motivo de la demora y la fecha en que se completará la solicitud; sin ellos no prorroga el plazo.',
    'access.second-extension-refused': 'Solo se permite una prórroga por solicitud. Esta prórroga no prorroga el plazo.',
  },
};
