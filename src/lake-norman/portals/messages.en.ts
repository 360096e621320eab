import type { PortalRuleId } from './rules';

/**
 * English texts of the Lake Norman rules on the patient portals of each edition and how long the legacy portals stay, keyed by rule
 * id. Placeholders are directory values, never patient data.
 *
 * @internal
 * @example
 * ```ts
 * PORTAL_MESSAGES_EN['ln.patient-portal'];
 * ```
 */
export const PORTAL_MESSAGES_EN: Readonly<Record<PortalRuleId, string>> = {
  'ln.patient-portal': 'If you have a Patient Portal account, you may already have access to the information you need.',
  'ln.my-duke-health': 'Lake Norman Hospital and provider visits from October 18, 2025 are in your My Duke Health account.',
  'ln.legacy-portals':
    'Records of Lake Norman care before {from} stay in the MyHealthHome and AthenaHealth portals for 12 to 18 months: they may no longer be available from {minEnd}, and are no longer available from {maxEnd}.',
  'ln.legacy-portals-may-be-gone':
    'At least 12 months have passed since {from}: records of earlier Lake Norman care may no longer be available in MyHealthHome and AthenaHealth (they are no longer available from {maxEnd}).',
  'ln.legacy-portals-gone':
    'Per the page, records of Lake Norman care before {from} were kept in MyHealthHome and AthenaHealth for 12 to 18 months: from {maxEnd} they are no longer available there.',
};
