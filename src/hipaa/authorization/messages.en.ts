import type { HipaaAuthorizationRuleId } from './authorization';

/**
 * English texts of the HIPAA authorization rules (45 CFR 164.508(c)), keyed by rule id.
 * They name the element or the date rule, never the content or a date the
 * caller gave.
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_AUTHORIZATION_MESSAGES_EN['hipaa.508c1i-description'];
 * ```
 */
export const HIPAA_AUTHORIZATION_MESSAGES_EN: Readonly<Record<HipaaAuthorizationRuleId, string>> = {
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
  'hipaa.508c1vi-signature': 'The authorization is not signed, or the date it was signed is missing.',
  'hipaa.508c1vi-representative-authority':
    "A personal representative signs the authorization (or, for this patient, must sign it), but the description of the representative's authority to act for the individual is missing.",
  'hipaa.508c1vi-signed-after-as-of': 'The signature date lies after the date of this check.',
  'hipaa.508c2i-revocation':
    'The authorization must state the right to revoke it in writing, and either how to revoke it or where the notice of privacy practices explains this.',
  'hipaa.508c2ii-conditioning':
    'The authorization must state whether treatment, payment, enrollment or eligibility for benefits can be conditioned on signing it.',
  'hipaa.508c2iii-redisclosure':
    'The authorization must state that the information disclosed may be redisclosed by the recipient and may no longer be protected.',
  'hipaa.508c3-plain-language': 'Reminder: the authorization form must be written in plain language. No data can show this; check the form itself.',
  'hipaa.508c4-copy': 'Reminder: if the covered entity asked for the authorization, the individual must receive a copy of the signed form.',
  'hipaa.508c4-copy-required':
    'The covered entity asked for this authorization, so the individual must receive a copy of the signed form; no copy is known to have been given.',
};
