import type { LakeNormanRuleId } from './rules';

/**
 * The English texts of the Lake Norman rules, keyed by rule id. Placeholders:
 * `{title}`, `{language}`, `{sizeKb}` (the form) and `{from}`, `{minEnd}`,
 * `{maxEnd}` (dates of the directory), never patient data.
 *
 * @internal
 * @example
 * ```ts
 * Object.keys(LAKE_NORMAN_MESSAGES_EN).length > 0; // true
 * ```
 */
export const LAKE_NORMAN_MESSAGES_EN: Readonly<Record<LakeNormanRuleId, string>> = {
  'ln.release-to-self-or-third-party':
    'Patients of Duke Health Lake Norman Hospital may have copies of their records released to themselves or to third parties.',
  'ln.online-recommended': 'Requesting records online is easy, fast and secure, and is recommended whenever possible.',
  'ln.patient-portal': 'If you have a Patient Portal account, you may already have access to the information you need.',
  'ln.phone-questions':
    'Records cannot be requested by phone: request them online or send the completed form. The phone number, where one is published, is for questions.',
  'ln.fax-patient-care-only': 'The Lake Norman fax line takes patient-care requests only.',
  'ln.mail-all-others': 'Every other request (insurance companies, attorneys, etc.) must be mailed to the Lake Norman Medical Records Department.',
  'ln.mail': 'Requests can be mailed to the Lake Norman Medical Records Department.',
  'ln.email-not-published': 'No e-mail address is published for Lake Norman requests: use another channel.',
  'ln.forms': 'Use the {title} in {language} (PDF, {sizeKb} KB).',
  'ln.my-duke-health': 'Lake Norman Hospital and provider visits from October 18, 2025 are in your My Duke Health account.',
  'ln.legacy-portals':
    'Records of Lake Norman care before {from} stay in the MyHealthHome and AthenaHealth portals for 12 to 18 months: they may no longer be available from {minEnd}, and are no longer available from {maxEnd}.',
  'ln.legacy-portals-may-be-gone':
    'At least 12 months have passed since {from}: records of earlier Lake Norman care may no longer be available in MyHealthHome and AthenaHealth (they are no longer available from {maxEnd}).',
  'ln.legacy-portals-gone':
    'Per the page, records of Lake Norman care before {from} were kept in MyHealthHome and AthenaHealth for 12 to 18 months: from {maxEnd} they are no longer available there.',
  'ln.roi-forms': 'Send the completed form to Duke Release of Information by fax, e-mail or mail.',
  'ln.fax-not-published': 'This fax line is not published in the edition in force, so it takes no request.',
  'ln.dm-fax-not-for-requests': 'The Document Management fax line receives records sent to Duke; it does not take requests for records.',
};
