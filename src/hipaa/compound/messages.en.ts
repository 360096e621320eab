import type { HipaaCompoundRuleId } from './compound';

/**
 * English texts of the rules of 45 CFR 164.508(b)(3), (b)(4) and (c)(2)(ii), keyed by rule id.
 * They name the rule, never the content or a date the caller gave.
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_COMPOUND_MESSAGES_EN['hipaa.508b3-compound'];
 * ```
 */
export const HIPAA_COMPOUND_MESSAGES_EN: Readonly<Record<HipaaCompoundRuleId, string>> = {
  'hipaa.508b3-compound':
    'The authorization is combined with another kind of document (such as a consent to treatment or a notice). It may be combined only with other authorizations, or, for research, with other written permission for research.',
  'hipaa.508b3i-research':
    'Only an authorization for research may be combined with other written permission for research. This authorization is not for research.',
  'hipaa.508b3ii-psychotherapy-notes':
    'An authorization for psychotherapy notes may be combined only with another authorization for psychotherapy notes.',
  'hipaa.508b3iii-conditioned':
    'Authorizations may not be combined when treatment, payment, enrollment or eligibility for benefits is conditioned on one of them.',
  'hipaa.508b4-conditioned':
    'Treatment, payment, enrollment or eligibility for benefits is conditioned on signing, and no exception of the regulation applies.',
  'hipaa.508b4i-research-treatment':
    'The research exception allows conditioning only research-related treatment, and only on an authorization for that research (never for psychotherapy notes).',
  'hipaa.508b4ii-plan-enrollment':
    'The health plan exception allows conditioning only enrollment or eligibility for benefits, never on an authorization for psychotherapy notes.',
  'hipaa.508b4iii-third-party':
    'The third-party exception allows conditioning only health care given solely to create information for that third party (never on an authorization for psychotherapy notes).',
  'hipaa.508c2ii-statement-conditioned':
    'The form states that nothing may be conditioned on signing, but something is. It must state the consequences of refusing to sign.',
};
