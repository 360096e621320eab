import type { CarrierRuleId } from './carriers';

/**
 * English texts of the carriers rules, keyed by rule id.
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * CARRIER_MESSAGES_EN['carrier.trackable'];
 * ```
 */
export const CARRIER_MESSAGES_EN: Readonly<Record<CarrierRuleId, string>> = {
  'carrier.trackable': 'When mailing records, use a trackable courier such as FedEx or UPS.',
  'carrier.usps-untracked':
    "Duke accepts packages sent by the U.S. Postal Service but does not recommend it, because they can't be tracked. Use a trackable courier such as FedEx or UPS.",
  'carrier.unknown-trackability':
    'This carrier is not known to be trackable. Duke asks for a trackable courier such as FedEx or UPS: make sure the package can be tracked.',
  'carrier.lost-in-transit': 'The Medical Records department is not responsible for records lost in transit.',
};
