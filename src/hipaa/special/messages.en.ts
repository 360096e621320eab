import type { HipaaSpecialRuleId } from './special';

/**
 * English texts of the rules of 45 CFR 164.508(a)(2)–(a)(4), keyed by rule id.
 * They name the rule, never the content or a date the caller gave.
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_SPECIAL_MESSAGES_EN['hipaa.508a2-psychotherapy-notes'];
 * ```
 */
export const HIPAA_SPECIAL_MESSAGES_EN: Readonly<Record<HipaaSpecialRuleId, string>> = {
  'hipaa.508a2-psychotherapy-notes':
    'This authorization is for psychotherapy notes: it may be combined only with another authorization for psychotherapy notes, and nothing may be conditioned on it.',
  'hipaa.508a3-marketing-remuneration':
    'The marketing involves financial remuneration from a third party, and the authorization must say so.',
  'hipaa.508a4-sale-remuneration':
    'For a sale of health information, the authorization must state that the disclosure will result in remuneration to the covered entity.',
};
