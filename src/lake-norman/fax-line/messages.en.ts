import type { FaxLineRuleId } from './rules';

/**
 * English texts of the Lake Norman rules on which fax line takes which request, keyed by rule
 * id. Placeholders are directory values, never patient data.
 *
 * @internal
 * @example
 * ```ts
 * FAX_LINE_MESSAGES_EN['ln.fax-patient-care-only'];
 * ```
 */
export const FAX_LINE_MESSAGES_EN: Readonly<Record<FaxLineRuleId, string>> = {
  'ln.fax-patient-care-only': 'The Lake Norman fax line takes patient-care requests only.',
  'ln.mail-all-others': 'Every other request (insurance companies, attorneys, etc.) must be mailed to the Lake Norman Medical Records Department.',
  'ln.fax-not-published': 'This fax line is not published in the edition in force, so it takes no request.',
  'ln.dm-fax-not-for-requests': 'The Document Management fax line receives records sent to Duke; it does not take requests for records.',
};
